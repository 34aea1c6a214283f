// Lateness of each scheduled vote: the fake node's receive time (txlog received_at) − the due time (post created +
// age). "early" when the node applied the vote at a head time before the due time (its get_active_votes time).
// Usage: node lateness.js NODE_URL TXLOG "voter author/permlink weight 120s" ...
const fs = require('fs');
const [url, txlog, ...votes] = process.argv.slice(2);

async function rpc(method, params) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = await r.json();
  if (body.error) throw new Error(JSON.stringify(body.error));
  return body.result;
}

(async () => {
  const txs = fs.readFileSync(txlog, 'utf8').split('\n').filter(Boolean).map(JSON.parse);
  const rows = [];
  for (const v of votes) {
    const [voter, post, , age] = v.split(' ');
    const [author, permlink] = post.split('/');
    const content = await rpc('condenser_api.get_content', [author, permlink]);
    const due = Date.parse(content.created + 'Z') + parseInt(age, 10) * 1000;
    const tx = txs.find((t) => t.tx.operations.some((o) => o[0] === 'vote' && o[1].voter === voter
      && o[1].author === author && o[1].permlink === permlink));
    if (!tx) { rows.push({ voter, post, missing: true }); continue; }
    const active = (await rpc('condenser_api.get_active_votes', [author, permlink])).find((a) => a.voter === voter);
    const applied = Date.parse(active.time + 'Z');
    rows.push({ voter, post, late: (Date.parse(tx.received_at) - due) / 1000, early: applied < due });
  }
  for (const r of rows) {
    console.log(r.missing ? `${r.voter} -> ${r.post}: NOT SENT`
      : `${r.voter} -> ${r.post}: ${r.late.toFixed(3)} s after its due time${r.early ? ' (EARLY: applied before it)' : ''}`);
  }
  const late = rows.filter((r) => !r.missing).map((r) => r.late).sort((a, b) => a - b);
  const median = late.length ? late[Math.floor((late.length - 1) / 2)] : NaN;
  const missing = rows.filter((r) => r.missing).length;
  const early = rows.filter((r) => r.early).length;
  console.log(`median ${median.toFixed(3)} s, max ${late[late.length - 1].toFixed(3)} s, early ${early}, not sent ${missing}`
    + `, within 3 s: ${late.filter((l) => l >= 0 && l <= 3).length}/${rows.length}`);
})().catch((e) => { console.error(e); process.exit(1); });
