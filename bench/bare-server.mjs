// The reference point for SPEC §6: a bare node:http + pg server running the very SQL the API
// runs for the browse list, a search and the item page (through the API's own repository code,
// so the two cannot drift apart), with no framework, validation or sessions. It prepares
// statements as the API does, so the two differ only by what surrounds the statements.
import http from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { ItemSearchRepository } = require('../apps/api/dist/src/items/item-search.repository.js');
const { loadItemRecord } = require('../apps/api/dist/src/items/item-record.query.js');
const { statementName } = require('../apps/api/dist/src/database/prisma.service.js');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
/** What the repositories need of PrismaService: `rows`, and `$transaction` to be told from a transaction. */
const database = {
  $transaction: () => Promise.reject(new Error('the bare server runs no transactions')),
  rows: async (query, options) => {
    const name = options?.reusePlan ? statementName(query.text) : undefined;
    return (await pool.query({ name, text: query.text, values: query.values })).rows;
  },
};
const repository = new ItemSearchRepository(database);

const { rows } = await pool.query("SELECT id, email, display_name, role, organisation_id FROM app_user WHERE email = 'member@example.org'");
const user = { id: rows[0].id, email: rows[0].email, displayName: rows[0].display_name, role: rows[0].role, organisationId: rows[0].organisation_id, preferredLanguage: 'en' };

async function answer(url) {
  const item = /^\/items\/([A-Z]{3}-\d+)$/.exec(url.pathname);
  if (item) return loadItemRecord(database, user, { reference: item[1] }, true);
  const q = url.searchParams.get('q') ?? undefined;
  const filters = { technology: url.searchParams.getAll('technology'), status: url.searchParams.getAll('status'), q };
  const page = await repository.page(user, filters, q ? 'relevance' : 'updated', undefined, Number(url.searchParams.get('limit') ?? 50) + 1);
  return { items: page.slice(0, 50), nextCursor: null };
}

http
  .createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/ready') return response.end('ok');
    const body = await answer(url);
    response.statusCode = body ? 200 : 404;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  })
  .listen(Number(process.env.PORT ?? 3301), '127.0.0.1');
