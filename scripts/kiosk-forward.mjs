// @ts-check
// `npm run kiosk:forward -- --from <booth PC server> --to <central server> --code <pairing code>`:
// sends what a booth PC's own Jindu stored from its kiosks to the central server, for a booth
// that ran with no network at all. The booth is paired with the central server by the code an
// organiser issued there; the items go through the central kiosk batch route with their
// original idempotency keys, so the central server stores each once however often this runs.
// The local items are read with the local superuser (JINDU_ADMIN_EMAIL, JINDU_ADMIN_PASSWORD).
import { parseArgs } from 'node:util';
import { config } from './lib/config.mjs';

const { values } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' }, code: { type: 'string' } },
});
const admin = config.admin;
if (!values.from || !values.to || !values.code || !admin) {
  console.error(
    'usage: JINDU_ADMIN_EMAIL=… JINDU_ADMIN_PASSWORD=… npm run kiosk:forward -- --from <url> --to <url> --code <central pairing code>',
  );
  process.exit(2);
}

/** JSON request; throws with the server's reply on an unexpected status. */
async function call(
  /** @type {string} */ url,
  /** @type {RequestInit} */ init = {},
  /** @type {number[]} */ ok = [200],
) {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  const body = await response.json().catch(() => ({}));
  if (!ok.includes(response.status))
    throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

const login = await call(`${values.from}/api/collections/_superusers/auth-with-password`, {
  method: 'POST',
  body: JSON.stringify({ identity: admin.email, password: admin.password }),
});
const paired = await call(`${values.to}/api/jindu/kiosks/pair`, {
  method: 'POST',
  body: JSON.stringify({ code: values.code }),
});
const headers = { 'x-kiosk': paired.token };

let page = 1;
const tally = { stored: 0, duplicate: 0, rejected: 0 };
for (;;) {
  const list = await call(
    `${values.from}/api/collections/kiosk_items/records?perPage=100&page=${page}&sort=at_ms`,
    { headers: { authorization: login.token } },
  );
  if (list.items.length === 0) break;
  const items = list.items.map((/** @type {any} */ row) => ({
    key: row.key,
    kind: row.kind,
    at: row.at_ms,
    data: row.data,
  }));
  for (;;) {
    const response = await fetch(`${values.to}/api/jindu/kiosk/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ items }),
    });
    if (response.status === 429) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      continue;
    }
    const body = await response.json();
    if (!response.ok) throw new Error(`batch: ${response.status} ${JSON.stringify(body)}`);
    for (const result of body.results) tally[/** @type {keyof typeof tally} */ (result.status)]++;
    break;
  }
  page++;
}
console.log(
  `forwarded to ${values.to} as "${paired.kiosk.name}": ${tally.stored} stored, ${tally.duplicate} already there, ${tally.rejected} refused`,
);
