// The reference point for SPEC §6's throughput budget: a bare node:http + pg server running the
// very SQL the API runs for `GET /items?technology=…&status=…&limit=50` (taken from the API's own
// repository, so the two cannot drift apart), with no framework, validation or sessions.
import http from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { ItemSearchRepository } = require('../apps/api/dist/src/items/item-search.repository.js');

let captured;
const repository = new ItemSearchRepository({
  rows: (query, options) => {
    captured = { query, options };
    return Promise.resolve([]);
  },
});

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const { rows } = await pool.query("SELECT id, email, display_name, role, organisation_id FROM app_user WHERE email = 'member@example.org'");
const user = { id: rows[0].id, email: rows[0].email, displayName: rows[0].display_name, role: rows[0].role, organisationId: rows[0].organisation_id, preferredLanguage: 'en' };

http
  .createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/ready') return response.end('ok');
    const filters = { technology: url.searchParams.getAll('technology'), status: url.searchParams.getAll('status') };
    await repository.page(user, filters, 'updated', undefined, Number(url.searchParams.get('limit') ?? 50) + 1);
    // Prepared as the API prepares it, so the two differ only by what surrounds the statement.
    const { query, options } = captured;
    const result = await pool.query({ name: options?.reusePlan ? 'list' : undefined, text: query.text, values: query.values });
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ items: result.rows.slice(0, 50), nextCursor: null }));
  })
  .listen(Number(process.env.PORT ?? 3301), '127.0.0.1');
