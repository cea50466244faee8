/*
 * A changes frame on top of the board the page has: the server sends the whole board once after each watch, then
 * only the campaigns' blocks and agents' rows that changed, with the ids of all it shows in their order (one not
 * named is gone) and the totals. The result has the board frame's shape, so every part draws it as it is.
 */
export function merge(frame, changes) {
  const byId = (list) => new Map((Array.isArray(list) ? list : []).map((item) => [item.id, item]));
  const campaigns = byId(frame.campaigns);
  const agents = byId(frame.agents);
  byId(changes.campaigns).forEach((c, id) => campaigns.set(id, c));
  byId(changes.agents).forEach((a, id) => agents.set(id, a));
  const inOrder = (ids, items) => (Array.isArray(ids) ? ids : []).map((id) => items.get(id)).filter(Boolean);
  return {
    ...changes,
    type: 'board',
    campaigns: inOrder(changes.campaignIds, campaigns),
    agents: inOrder(changes.agentIds, agents),
  };
}
