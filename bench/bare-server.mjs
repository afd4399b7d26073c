// The reference point for SPEC §6: a bare node:http + pg server running the very SQL the API
// runs for the browse list, a search, the item page and a create (through the API's own
// repository code, so the two cannot drift apart), with no framework, validation or sessions.
// It prepares statements as the API does, so the two differ only by what surrounds them.
import http from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { ItemSearchRepository } = require('../apps/api/dist/src/items/item-search.repository.js');
const { ItemsRepository } = require('../apps/api/dist/src/items/items.repository.js');
const { AuditRepository } = require('../apps/api/dist/src/audit/audit.repository.js');
const { loadItemRecord } = require('../apps/api/dist/src/items/item-record.query.js');
const { statementName } = require('../apps/api/dist/src/database/prisma.service.js');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
/** What sqlRows needs of PrismaService: `queryPool`, and `$transaction` to be told from a transaction. */
const database = {
  $transaction: () => Promise.reject(new Error('the bare server opens its transactions itself')),
  queryPool: (query, options) => {
    const name = options?.reusePlan ? statementName(query.text) : undefined;
    return pool.query({ name, text: query.text, values: query.values });
  },
};
/** What sqlRows and sqlExecute need of a transaction client, on one pooled connection. */
const transactionOn = (client) => ({
  $queryRaw: async (query) => (await client.query(query)).rows,
  $executeRaw: async (query) => (await client.query(query)).rowCount,
});
const search = new ItemSearchRepository(database);
const items = new ItemsRepository(database);
const audit = new AuditRepository(database);

async function userOf(email) {
  const { rows } = await pool.query(
    'SELECT id, email, display_name, role, organisation_id FROM app_user WHERE email = $1',
    [email],
  );
  return {
    id: rows[0].id,
    email: rows[0].email,
    displayName: rows[0].display_name,
    role: rows[0].role,
    organisationId: rows[0].organisation_id,
    preferredLanguage: 'en',
  };
}
// The benchmark reads as the member and writes as another member, as it does against the API.
const reader = await userOf('member@example.org');
const writer = await userOf('member2@example.org');

async function read(url) {
  const item = /^\/items\/([A-Z]{3}-\d+)$/.exec(url.pathname);
  if (item) return loadItemRecord(database, reader, { reference: item[1] }, true);
  const q = url.searchParams.get('q') ?? undefined;
  const filters = { technology: url.searchParams.getAll('technology'), status: url.searchParams.getAll('status'), q };
  const page = await search.page(
    reader,
    filters,
    q ? 'relevance' : 'updated',
    undefined,
    Number(url.searchParams.get('limit') ?? 50) + 1,
  );
  return { items: page.slice(0, 50), nextCursor: null };
}

/** The create's statements as ItemsService runs them, without its checks of the answers. */
async function create(content) {
  const client = await pool.connect();
  let created;
  try {
    await client.query('BEGIN');
    const tx = transactionOn(client);
    const found = await items.lookUp(content, writer.organisationId, tx);
    const references = {
      technologyIds: found.technologies.map((technology) => technology.id),
      sourceId: found.sourceId,
    };
    created = await items.create(
      { content, authorId: writer.id, organisationId: writer.organisationId, country: found.organisationCountry },
      references,
      tx,
    );
    await audit.append(
      {
        actorId: writer.id,
        action: 'item.created',
        entityType: 'item',
        entityId: created.reference,
        summary: `Drafted ${created.reference}: ${content.title}`,
      },
      tx,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return loadItemRecord(database, writer, { id: created.id }, false);
}

/** The optional fields the API's content schema fills in. */
const withDefaults = (content) => ({ summary: '', body: '', meetingId: null, documentRef: null, ...content });

function body(request) {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(JSON.parse(text)));
  });
}

http
  .createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/ready') return response.end('ok');
    const answer = request.method === 'POST' ? await create(withDefaults(await body(request))) : await read(url);
    response.statusCode = answer ? (request.method === 'POST' ? 201 : 200) : 404;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(answer));
  })
  .listen(Number(process.env.PORT ?? 3301), '127.0.0.1');
