/**
 * The chat sockets, protocol v1: JSON text frames, each an object with a {@code type}. Frames are at most
 * 16 KiB, nest at most 8 levels, write no number longer than 24 characters, and come 30 at once then 10 a second; a
 * bad frame gets {@code {"type":"error","code","message","clientId"?}} and the session goes on; ten bad frames, a
 * flood, or a binary frame close the socket (1008 or 1003, with a reason). An error about a {@code message} frame
 * names its {@code clientId}: that message will never be stored, and the client drops it from its outbox, except for
 * {@code retry} (a transient failure of the server, such as the database away: send the same frame again, it is
 * stored once). A frame the server cannot handle for any other reason is answered {@code error refused} and counted
 * as a bad frame. A {@code message} for a chat that has ended is answered {@code error chat-ended}.
 * Customer text is carried as JSON strings and stored as text: no side ever renders it as markup.
 *
 * <p>Under load (issue 16): a socket reads its next frame while its message is being stored, so the flood guard counts
 * frames as they arrive, and a client within the limits is never closed because the server is behind. Messages of
 * many chats share one transaction and its commit; each is acknowledged (and relayed) only once its own row is
 * committed, in the order its socket sent it; a frame that changes the chat (an end, a transfer, a new hello) comes
 * after the messages sent before it. Frames to a socket are sent without waiting for it: a socket that falls more
 * than 2,000 frames or 8 M characters behind is closed with 1013 ("try again later"); its client connects again and
 * reads what it missed after its last seq, so nothing is lost, and no other socket waits for it.
 *
 * <h2>Customer: {@code /ws/chat}</h2>
 * <ul>
 * <li>{@code hello {v:1, campaign, token?, lastSeq?, name?, email?, phone?, extra?, language?, pageUrl?, first?}}: opens
 * a chat, or resumes the one of {@code token}; {@code name} is needed to open one (without a token: {@code error
 * missing-field}); {@code first: true}: the pre-chat form's first message follows, which a start bot's flow takes as
 * the initial message before it asks anything (BOT-02). Answer: {@code welcome {interaction, token, state, language,
 * lastSeq, text?}} then every message after {@code lastSeq}; or {@code refused {reason, language, offlineMessage,
 * text?}} with reason {@code unknown-campaign, name-required, email-required, phone-field-required, out-of-hours,
 * queue-full, campaign-disabled, domain-not-allowed}. Keep the token to resume after a reload or a dropped network.</li>
 * <li>{@code message {clientId, text}}: answered by {@code ack {clientId, seq}} once the message is committed.
 * Resending the same clientId stores nothing new and gets the same seq.</li>
 * <li>{@code typing {typing}}, {@code page {url}} (the host page the customer is on now, told to the agent),
 * {@code end}, {@code ping} (answered {@code pong}; send one every 25 s).</li>
 * <li>The widget's iframe adds {@code host} (the origin of the page that embeds it) to its hello; a page of another
 * site that opens the socket itself is known by its Origin. Either must be one of the campaign's allowed domains
 * (ADV-15), else {@code refused domain-not-allowed}. {@code welcome} also carries {@code position} (the place in
 * the queue while waiting), {@code agentName?}/{@code agentPicture?} (ADV-08, ADV-13) and {@code feedback} (a rating
 * may be given now); {@code queue {interaction, position}} follows each move of the queue that changed the
 * customer's place (an arrival behind it changes none). Files and audio messages are uploaded over HTTP
 * ({@code org.webchat.widget.AttachmentServlet}) and arrive as {@code message} frames with an
 * {@code attachment {id, name, type, size, kind: file|audio, url}}.</li>
 * <li>From the server: {@code message {interaction, seq, from: customer|agent|system|supervisor, name?, text?, clientId?,
 * at}} ({@code supervisor}: a supervisor who joined the chat visibly, barge-in, with its {@code name}; issue 12),
 * {@code state {interaction, state: QUEUED|OFFERED|ASSIGNED|ENDED, agentName?, agentPicture?, endReason?}} (OFFERED: still
 * waiting, ringing at agents), {@code typing {interaction, typing}}. A client
 * drops a message whose seq it has already shown. Seqs may skip numbers: a supervisor's whisper (issue 12) takes a
 * number of the chat but never reaches the customer, live or in a replay.</li>
 * <li>Bots (issue 15, BOT-01, BOT-02): {@code state} (and {@code welcome}) may be {@code BOT} (a start bot talks
 * before the queue; {@code person: true} when the customer may ask for a person) or {@code SURVEY} (the agent ended
 * the chat and the end bot asks; {@code ENDED} follows once it is over, with the chat's {@code endReason}). A bot's
 * line is {@code message {from: bot, name, picture?, options?: [label]}}: {@code options} are the buttons of its
 * question, answered by an ordinary {@code message} whose text is the label (or its number, "1".."n").
 * {@code person}: the customer asks for a person while a start bot talks; refused {@code error no-person} where the
 * campaign does not allow it or no bot talks. A bot's note for the agents (its hand-off's summary and reason) is an
 * internal {@code message {from: bot, internal: true}}, which never reaches the customer.</li>
 * </ul>
 *
 * <h2>Agent: {@code /ws/agent}</h2>
 * <ul>
 * <li>Opened with the agent's signed-in session, by a page of the console's own origin (or one of
 * {@code webchat.console.origins}): a page of any other origin, {@code null} included, is closed (1008) before any
 * frame. Answered by {@code hello {v:1, agent, name, state?, breakName?, pausedBy?,
 * breakTypes:[{id, name, icon?}], chats:[CHAT + lastSeq]}} ({@code pausedBy}: the supervisor who put the agent on its
 * break, SUP-14) and an {@code offer} frame for each offer ringing at the
 * agent. CHAT is {@code {interaction, campaign, campaignName, customer, email?, phone?, extra?, pageUrl?, language,
 * queuedAt?, assignedAt?, waitedSeconds, transfer?: {fromName, note?}, bot?: {name?, outcome, summary?, reason?,
 * variables:[{name, value}]}}} (AGT-02, AGT-03, AGT-09): {@code
 * waitedSeconds} is the customer's wait until first taken, which a transfer does not change; {@code transfer} says who
 * handed the chat to its agent now, with their note (issue 11, point 17); {@code bot} is what the chat's start bot did
 * before a person took it (issue 15, point 5; none: no bot talked): its name (none: removed since), how its part
 * ended ({@code HANDED_OFF}), the summary it handed over with, why it handed over when its flow did not choose to
 * (the service failing, the customer asking for a person..., in the chat's language) and the variables it
 * collected, in order; the wait counts from its hand-off. While a workspace socket is open the agent is logged in.</li>
 * <li>{@code message {interaction, clientId, text}} (answered {@code ack}), {@code resume {interaction, lastSeq}},
 * {@code typing {interaction, typing}}, {@code state {breakType?}} (no break type: available; an unknown one gets
 * {@code error unknown-break}), {@code call {onCall}}, {@code end {interaction}}, {@code ping}. An interaction
 * that is not the agent's gets {@code error not-yours}. Files and audio messages go over HTTP ({@code POST
 * /agent/api/attachments}, see {@code org.webchat.agent.AgentAttachmentServlet}).</li>
 * <li>{@code history {interaction}}: the customer's earlier conversations (AGT-06), answered {@code history
 * {interaction, items:[{interaction, campaignName, createdAt, endedAt?, messages}]}}; {@code canned {interaction}}:
 * answered {@code canned {interaction, responses:[{shortcut, title, text}]}} (MSG-07); {@code evaluate {interaction,
 * answers:[{question, value}]}} after the end (ADV-02), answered {@code evaluated {interaction, score}} or {@code
 * error bad-evaluation}.</li>
 * <li>Transfers (AGT-08): {@code targets {interaction}} answered {@code targets {interaction, agents:[{id, name,
 * state}], campaigns:[{id, name}]}}; {@code transfer {interaction, agent | campaign, note?}} (a note of at
 * most 500 characters for whoever takes the chat; longer: {@code error too-long}) answered {@code transfer-requested}
 * or {@code error transfer-pending | no-target}. The agent asked gets {@code transfer-offer {interaction, fromName,
 * campaignName, customer, note?, expiresAt?}} and answers {@code accept-transfer} or {@code decline-transfer
 * {interaction}}; the agent who asked gets {@code transferred {interaction}} once the chat is no longer its (for a
 * campaign, as it enters that campaign's queue), and {@code transferred {interaction, takenBy}} once an agent took it,
 * or {@code transfer-returned {interaction}} when nobody took it (the agent asked then gets {@code transfer-closed}).
 * Taken, the chat gets a {@code system} message in its language, which the customer and the new agent read: "Bruno
 * took over your chat", or "Another agent took over your chat" where the campaign hides agent names (ADV-08).</li>
 * <li>Queues (issue 11, point 18): after {@code hello} the agent gets {@code queues {campaigns:[QUEUE]}}, and
 * {@code campaign-queue QUEUE} whenever one of them moves; {@code queues} asks for them again. QUEUE is {@code
 * {campaign, campaignName, pickable, total, waiting:[{interaction, position, customer, arrivedAt}]}} (the first 50). In a campaign whose strategy lets agents choose ({@code
 * pickable}: the ringall strategies) {@code pick {interaction}} takes a waiting customer, answered like {@code
 * accept}.</li>
 * <li>Ringall campaigns (STR-04): {@code accept {interaction}} or {@code decline {interaction}} an offer. Taken,
 * the agent receives {@code assigned}; an offer no longer ringing (taken by another, lapsed, never made) gets
 * {@code error offer-gone {interaction}}, and an agent whose work changed since the offer gets {@code error
 * cannot-take {interaction}}.</li>
 * <li>From the server: {@code assigned {CHAT}}, {@code message}, {@code ended {interaction, endReason, quality?:
 * {model, name, questions:[{id, text, weight, scaleMin, scaleMax}]}}}, {@code typing}, {@code offer {interaction,
 * campaign, campaignName, customer?, expiresAt}} and {@code offer-closed {interaction, outcome:
 * ACCEPTED|DECLINED|EXPIRED|WITHDRAWN}}, {@code page {interaction, url}}, {@code agent-state {state, breakName?,
 * pausedBy?}} ({@code pausedBy}: the name of the supervisor who put the agent on this break, SUP-14),
 * {@code customer {interaction, connected, since}} (the customer's last window closed, or it came back; CHAT carries
 * {@code customerGoneSince?} while it is away) and {@code customer-rating {interaction, rating, comment?}} (ADV-10).
 * A lapsed offer rings again at once as a new {@code offer} while the agent may still take it.</li>
 * <li>Supervision (issue 12, {@code org.webchat.supervision.SupervisorActs}): a {@code message} with {@code from:
 * supervisor} and {@code internal: true} is a supervisor's whisper, which only the agent (and the supervisors spying
 * on it) reads; without {@code internal} the supervisor joined the chat (barge-in) and the customer reads it too, after
 * a {@code system} line saying so in the chat's language. A supervisor who logs the agent out (SUP-15) closes its
 * sockets with 1008 "Sign in again", like an administrator who disables it; its console session ends on its next
 * request and its open chats go back to the queue.</li>
 * </ul>
 *
 * <h2>Calls, on both sockets (issue 14; AV-01..04, WID-07, AGT-04; {@code org.webchat.call.Calls})</h2>
 * <ul>
 * <li>{@code welcome} carries {@code calls} (the campaign's ADV-12 "Allow audio and video"), and so does the agent's
 * CHAT.</li>
 * <li>{@code call-start {kind: audio|video}} (customer) or {@code call-start {interaction, kind}} (agent) rings the
 * other side; the socket that sends it is the caller's endpoint. Refused: {@code error calls-off} (ADV-12 off),
 * {@code no-agent} (nobody attends the chat), {@code call-busy} (a call of the chat, or of its agent, rings or is
 * up), {@code not-yours {interaction}} (an agent naming a chat not its own).</li>
 * <li>{@code call-answer {call}} (the socket that answers becomes that side's endpoint), {@code call-decline {call}},
 * {@code call-hangup {call, failed?}} ({@code failed: true}: the peer connection could not be established). A call
 * that is not the chat's or the agent's, or is over, is {@code error call-gone {call}}: an id of another's call tells
 * nothing. These errors are not bad frames.</li>
 * <li>{@code call-signal {call, description?: {type: offer|answer, sdp}, candidates?: [{candidate, sdpMid?,
 * sdpMLineIndex?, usernameFragment?}]}} (at most 20 candidates a frame: batch them; an sdp of at most 15,000
 * characters) is relayed, rebuilt from these fields only, to the other side's endpoint and no other socket; only
 * from the sender's endpoint ({@code error not-yours} from another window) and while the call is up.</li>
 * <li>From the server, to every socket of the chat's customer and of its agent at each change, and after {@code
 * welcome} or {@code hello} for a call that rings or is up: {@code call-state {call, interaction, kind, from:
 * customer|agent, state: RINGING|ACTIVE|ENDED, rangAt, expiresAt?, answeredAt?, endedAt?, endReason?: HUNG_UP |
 * DECLINED | NO_ANSWER | CANCELLED | FAILED | DISCONNECTED | CHAT_ENDED | TRANSFERRED, endedBy?: customer|agent,
 * here, ice?}}. {@code here} is true on the socket that is that side's endpoint; the two endpoints get {@code ice
 * {iceServers:[{urls, username?, credential?}], iceTransportPolicy: all|relay}} with ACTIVE, and then the caller's
 * endpoint sends the offer and the callee's the answer. A call rings {@code webchat.call.ring-seconds} (30 s), ends
 * when an endpoint's socket closes, when the chat ends or leaves its agent; while it is up the agent is ON_CALL. Its
 * end leaves a {@code system} line in the chat's language ("Video call · 2:05", "Missed video call").</li>
 * </ul>
 *
 * <h2>Supervisor: {@code /ws/supervisor}</h2>
 * The live board of the supervision dashboard (issue 12; SUP-01..10, SUP-16).
 * <ul>
 * <li>Opened with a supervisor's signed-in session (role SUPERVISOR), by a page of the console's own origin, as the
 * agent's socket (anything else: closed 1008 before any frame). Answered by {@code hello {v:1, supervisor, name,
 * campaigns:[{id, name}]}}: the campaigns of the supervisor's security group (ADM-02), by name, for its picker.</li>
 * <li>{@code watch {campaigns:[id]}} (at most 200, each once; an empty list: all of the group's) makes the dashboard
 * watch those campaigns; it is answered by a {@code board}, the whole board, and from then on the server sends a
 * {@code changes} frame whenever something in it changes: coalesced, at most every 250 ms, and every 30 s at the latest
 * for what time alone changes.
 * A campaign that is not of the supervisor's group, or does not exist, is refused by id: {@code error not-yours
 * {campaign}}, and the dashboard keeps what it watched. Send {@code watch} after every {@code hello}: a dashboard that
 * reconnects gets its whole board again, so it misses nothing. {@code ping} is answered {@code pong}.</li>
 * <li>{@code board {at, campaigns:[CAMPAIGN], total, series, agents:[AGENT], agentsByState}}: {@code at} is the
 * server's time (the page sets its clock by it). Times are ISO-8601 instants, never durations that would go stale:
 * the page ticks clocks and changes colours at the instants given.
 * CAMPAIGN is {@code {id, name, zone, today: FIGURES, recent: FIGURES, waiting: {value, colour}, longestWait?: {since,
 * yellowAt, redAt}, active, queue: [{interaction, position, name, email?, queuedAt, yellowAt, redAt}] (SUP-10, the
 * first 50), members: [agent id]}}: {@code today} since midnight in the campaign's time zone, {@code recent} the last 30
 * minutes. FIGURES is {@code {offered, answered, abandoned, missed, completed, serviceLevel?: {value, colour?},
 * serviceLevelWithAbandoned?: {value, colour?}, averageWait?: {seconds, colour?}, averageChatTime?: {seconds,
 * colour?}}} over the interactions that entered the queue in the period (missed: turned away by the center, see
 * {@code org.webchat.supervision.InteractionFacts}); a figure without data is left out (the page shows a dash).
 * A campaign with a start bot, or whose bot ended chats today, has {@code bots: {resolved, handedOff, handled,
 * talking}} (issue 15, point 5; {@code org.webchat.supervision.BotFigures}): today's chats the bot ended itself (its
 * flow's end, its timeout, the customer leaving) and those it handed to a person, both together, and the chats it
 * talks in now; a chat counts for the campaign whose bot talked, on the day its bot part ended. A bot starting or
 * stopping in a chat refreshes them like any other figure.
 * Colours are GREEN, YELLOW, RED by the campaign's thresholds ({@code org.webchat.supervision.Colour}); a
 * wait is green until {@code yellowAt}, yellow until {@code redAt}, red after. {@code total} adds the campaigns up,
 * uncoloured: {@code {today, recent, waiting, active, longestWaitSince?, bots?}}. {@code series} holds today's quarters of an
 * hour, all campaigns together: {@code {slots:[start instant], offered:[n], answered:[n], abandoned:[n],
 * serviceLevel:[% or null]}}. AGENT (SUP-01..09; only agents of the supervisor's group) is {@code {id, name, login,
 * campaigns:[id], state: DISCONNECTED|BUSY|FREE|FREE_IN_BREAK|BUSY_IN_BREAK, icon (a PrimeIcons class), onCall,
 * screenMonitoring (its configuration allows SUP-12),
 * breakName?, since?, active, cap?, completedToday, chats:[{interaction, campaign, customer, channel: WEBCHAT, since,
 * yellowAt, redAt}], idleAlertAt?}}: {@code since} is the last change of its state, {@code cap} the most chats its
 * strategies let it attend (none: no limit), and an agent free with nothing to do raises the idle alert at {@code
 * idleAlertAt} (SUP-09). {@code agentsByState} counts them by state.</li>
 * <li>{@code changes {at, campaigns:[CAMPAIGN], agents:[AGENT], campaignIds:[id], agentIds:[id], total, series,
 * agentsByState}}: what changed since the dashboard's last frame. {@code campaigns} and {@code agents} hold only the
 * blocks and rows that changed or are new; {@code campaignIds} and {@code agentIds} the ids of all the board shows now,
 * in its order (one not named there is gone); the totals are whole. The board with them applied is what a {@code
 * board} frame would have said.</li>
 * <li>Acts (issue 12, points 4 and 5; {@code org.webchat.supervision.SupervisorActs}, each in the audit trail). An
 * agent or chat that is not of the supervisor's group, or does not exist, is refused by id: {@code error not-yours
 * {agent | interaction, clientId?}}.
 * <ul>
 * <li>Spy (SUP-11): {@code spy {agent}} is answered {@code spy {agent, name, chats:[SPIED]}}, SPIED being CHAT (as the
 * agent's {@code assigned}) with {@code agentName?} and {@code messages:[MESSAGE]}, its whole history. From then on the
 * dashboard gets every {@code message} of the agent's chats as it is posted (a whisper with {@code internal: true}),
 * {@code spied-chat {agent, SPIED}} for a chat the agent takes later, and {@code spied-state {agent, interaction,
 * state, endReason?}} for any other change of its chats (ENDED, back to the queue). A message posted while the spy
 * opens may come both in the history and live: the page keeps one per {@code seq}. {@code unspy {agent}} (answered
 * {@code done {act: unspy, agent}}) stops it; a dashboard that closes stops all its spies.</li>
 * <li>Whisper and barge-in (point 5): {@code whisper {interaction, clientId, text}} writes to the chat's agent only;
 * {@code barge {interaction}} joins the chat visibly (answered {@code done {act: barge, interaction}}; the chat gets a
 * {@code system} line naming the supervisor); {@code barge-message {interaction, clientId, text}} writes to the
 * customer too, joining first. Both messages are answered {@code ack {clientId, seq}}, stored once per client id, text
 * of 1 to 8000 characters. Refused: {@code error no-agent {interaction}} (nobody attends it now), {@code error
 * chat-ended {interaction}}.</li>
 * <li>Pause (SUP-14): {@code break-types {agent}} is answered {@code break-types {agent, breaks:[{id, name, icon?}]}}
 * (the agent's group's enabled breaks); {@code pause {agent, breakType}} is answered {@code done {act: pause, agent}},
 * or {@code error unknown-break | agent-away {agent}}.</li>
 * <li>Log out (SUP-15): {@code logout {agent}} is answered {@code done {act: logout, agent}}.</li>
 * <li>Monitor screen (SUP-12, {@code ScreenWatches}): {@code screen {agent}}, for an agent of the group whose
 * configuration allows it (else {@code error screen-off {agent}}; no workspace open: {@code error agent-away
 * {agent}}), is answered {@code screen {agent, watch, ice}} and asks every workspace window of the agent with {@code
 * screen-watch {watch, supervisor, ice}} (the agent's {@code hello} says {@code screenMonitoring}). The window that
 * holds the screen the agent shared offers it ({@code screen-signal {watch, description | candidates}}, as a call's
 * {@code call-signal}); from then on {@code screen-signal} goes between that window and the dashboard only, and the
 * other windows get {@code screen-stopped {watch, reason: elsewhere}}. A window without a shared screen answers
 * {@code screen-unavailable {watch}}; once every window has, the watch stops. {@code screen-stop {watch}} from
 * either side stops it; both get {@code screen-stopped {watch, agent, reason: supervisor | agent | unavailable |
 * agent-away}}, also when the dashboard or the sharing window closes; a watch that is not the sender's is {@code
 * screen-stopped {watch, reason: gone}}. Opening and closing are audited.</li>
 * <li>Info (SUP-13): {@code info {agent, zone?}} ({@code zone}: the supervisor's IANA time zone, which starts its day;
 * none: UTC) is answered {@code info {agent, login, name, group?, state, breakName?, pausedBy?, since?, campaigns:[{id,
 * name, penalty}], today: {completed, averageChatSeconds?, states:[{state, breakName?, from, to?, changedBy?}]}}}.</li>
 * </ul></li>
 * </ul>
 */
package org.webchat.chat;
