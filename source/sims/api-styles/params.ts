import {z} from 'zod';

export const SCENARIOS = ['scoreboard', 'payments', 'mobile-screen', 'internal', 'ledger'] as const;
export const STYLES = ['soap', 'rest', 'graphql', 'grpc', 'websocket', 'webhook'] as const;
export const ENCODINGS = ['native', 'json', 'protobuf'] as const;

export type Scenario = (typeof SCENARIOS)[number];
export type Style = (typeof STYLES)[number];

export const apiStylesParams = z.object({
	scenario: z.enum(SCENARIOS).default('scoreboard'),
	style: z.enum(STYLES).default('rest'),
	clients: z.int().min(1).max(100_000).default(10_000),
	eventsPerMinute: z.int().min(0).max(120).default(12),
	minutes: z.int().min(1).max(60).default(10),
	pollIntervalS: z.int().min(1).max(3600).default(5),
	headerBytes: z.int().min(0).max(16_000).default(700),
	responseHeaderBytes: z.int().min(0).max(16_000).default(300),
	encoding: z.enum(ENCODINGS).default('native'),
	retries: z.int().min(0).max(20).default(0),
	retryBaseS: z.int().min(1).max(3600).default(60),
	idempotencyKey: z.boolean().default(false),
	slowAckShare: z.number().min(0).max(1).default(0.05),
	hpackShare: z.number().min(0).max(1).default(0.05),
});

export type ApiStylesParams = z.infer<typeof apiStylesParams>;

/** One line per param for `sim --list` and `--help`. */
export const apiStylesParamHelp: Readonly<Record<keyof ApiStylesParams, string>> = {
	scenario: 'scoreboard | payments (receiver down 3 h) | mobile-screen (3 resources) | internal | ledger (signing)',
	style: 'soap | rest | graphql | grpc (pull or call) · websocket | webhook (push)',
	clients: 'clients that each receive the stream; bytes are per client × clients (1–100000)',
	eventsPerMinute: 'events (or screens, calls) per minute, Poisson arrivals (0–120)',
	minutes: 'minutes of events; the run goes on until every event is settled (1–60)',
	pollIntervalS: 'seconds between polls of a pull style (1–3600)',
	headerBytes: 'HTTP request header bytes (Google SPDY whitepaper: typically 700–800)',
	responseHeaderBytes: 'HTTP response header bytes (0–16000)',
	encoding: 'native (SOAP XML, gRPC protobuf, others JSON) | json | protobuf',
	retries: 'automatic redeliveries of a failed webhook or call (GitHub: 0; Stripe: for up to 3 days)',
	retryBaseS: 'first retry delay in seconds; each next one doubles',
	idempotencyKey: 'the receiver remembers each event id and ignores a second delivery',
	slowAckShare: 'share of push deliveries the receiver answers after the 10 s timeout (0–1)',
	hpackShare: 'share of the header bytes HTTP/2 (gRPC) still sends once HPACK has indexed them (0–1)',
};
