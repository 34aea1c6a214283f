// Records what the fake node (../shared/oracle/fakenode.js, steemd's vote arithmetic) does with real signed votes:
// for each case the node's answers just before the vote (the inputs of Steemdesk's estimate) and, after it, the
// vote's rshares and curation weight (get_active_votes) and the post's new state (get_content).
// Run by ./regenerate, which starts the node; usage: node record.js NODE_URL OUT_FILE
'use strict';
const fs = require('fs');
const dsteem = require('dsteem');

const [url, out] = process.argv.slice(2);
const client = new dsteem.Client(url);
const PASSWORDS = { // TEST-ONLY passwords of the fake node's seed accounts (oracle README)
  alice: 'P5alice-oracle-test-pass', bob: 'P5bob-oracle-test-pass', kimchi: 'P5kimchi-oracle-test-pass',
  'seoul.kor': 'P5seoul-oracle-test-pass', carol: 'P5carol-oracle-test-pass',
  'curator.app': 'P5curator-app-oracle-test-pass', 'wit-alpha': 'P5wit-alpha-oracle-test-pass',
};
const key = (account, role) => dsteem.PrivateKey.fromLogin(account, PASSWORDS[account], role);

let id = 1;
async function rpc(method, params) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: id++, method, params }) });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}
const advance = (seconds) => rpc('fakenode.advance', { seconds });
const withoutBody = (post) => ({ ...post, body: '' });

async function record(name, voter, author, permlink, weight) {
  // The order Steemdesk reads them in; the node's clock is frozen, so all share one head block.
  const before = {
    get_content: withoutBody(await rpc('condenser_api.get_content', [author, permlink])),
    get_accounts: await rpc('condenser_api.get_accounts', [[voter]]),
    get_reward_fund: await rpc('condenser_api.get_reward_fund', ['post']),
    get_current_median_history_price: await rpc('condenser_api.get_current_median_history_price', []),
    get_dynamic_global_properties: await rpc('condenser_api.get_dynamic_global_properties', []),
  };
  await client.broadcast.vote({ voter, author, permlink, weight }, key(voter, 'posting'));
  const votes = await rpc('condenser_api.get_active_votes', [author, permlink]);
  const post = await rpc('condenser_api.get_content', [author, permlink]);
  const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o[k]]));
  cases.push({ name, voter, author, permlink, weight, before, after: {
    vote: votes.find((v) => v.voter === voter),
    post: pick(post, ['net_rshares', 'abs_rshares', 'vote_rshares', 'total_vote_weight', 'pending_payout_value']),
  } });
  console.error(`${name}: rshares ${cases.at(-1).after.vote.rshares}, weight ${cases.at(-1).after.vote.weight}`);
}

const cases = [];
(async () => {
  const config = await rpc('condenser_api.get_config', []);
  // A new root post by kimchi, voted on inside and after the 300 s reverse auction.
  await client.broadcast.comment({ parent_author: '', parent_permlink: 'kr', author: 'kimchi', permlink: 'fresh-post',
    title: '새 글', body: 'A new post for the curation window.', json_metadata: '{"tags":["kr"]}' }, key('kimchi', 'posting'));
  await advance(30);
  await record('first-upvote-at-30s', 'alice', 'kimchi', 'fresh-post', 10000);
  await advance(90);
  await record('second-upvote-at-120s', 'bob', 'kimchi', 'fresh-post', 7500);
  await advance(250);
  await record('upvote-after-the-auction-at-370s', 'seoul.kor', 'kimchi', 'fresh-post', 10000);
  await record('vote-change-to-40pct', 'alice', 'kimchi', 'fresh-post', 4000);
  // Small posts (R well below the content constant s = 2e12): a tiny voter and a large one.
  await record('tiny-voter-on-small-post', 'curator.app', 'alice', 'hello-steem-photo-walk', 10000);
  await record('large-voter-on-small-post', 'kimchi', 'alice', 'hello-steem-photo-walk', 10000);
  // A large post (R = 4e15, far above s): the convergent curves' flat end. (One vote per voter per 3 s.)
  await advance(3);
  await record('upvote-on-large-post', 'alice', 'wit-bravo', 'big-payout', 10000);
  // Downvotes spend the separate downvote manabar.
  await record('downvote-50pct', 'wit-alpha', 'kimchi', 'seoul-noodle-trip', -5000);
  // A voter powering down: effective vests lose this week's payment at once.
  await client.broadcast.sendOperations([['withdraw_vesting', { account: 'carol', vesting_shares: '400000.000000 VESTS' }]],
    key('carol', 'active'));
  await record('powering-down-voter-on-comment', 'carol', 'bob', 're-kimchi-seoul-noodle-trip-20240101t000000000z', 10000);
  // The last 12 h before cashout: kimchi/seoul-noodle-trip pays out 432000 s after the start; go to 6 h before it.
  const head = await rpc('condenser_api.get_dynamic_global_properties', []);
  const start = Date.parse('2026-01-15T12:00:00Z') / 1000;
  await advance(start + 432000 - 21600 - Date.parse(head.time + 'Z') / 1000);
  await record('upvote-6h-before-cashout', 'alice', 'kimchi', 'seoul-noodle-trip', 10000);
  await record('downvote-6h-before-cashout', 'bob', 'kimchi', 'seoul-noodle-trip', -10000);
  fs.writeFileSync(out, JSON.stringify({
    _comment: 'Recorded from ../shared/oracle/fakenode.js by bench/vote-estimates/regenerate; do not edit by hand.',
    get_config: config, cases }, null, 1) + '\n');
})().catch((e) => { console.error(e); process.exit(1); });
