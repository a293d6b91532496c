/** Where the simulation's figures and rules come from (title — URL), named by the parameters that use them. */
export const LATENCY =
	'Latency Numbers Every Programmer Should Know (Jeff Dean and Peter Norvig, c. 2012 figures: 0.5 ms round trip within a data center) — https://gist.github.com/jboner/2841832';
export const HIKARI =
	'HikariCP, "About Pool Sizing": connections = core_count × 2 + effective_spindle_count — https://github.com/brettwooldridge/HikariCP/wiki/About-Pool-Sizing';
export const LUKE = 'Markus Winand, Use The Index, Luke: "No Offset" (keyset pagination) — https://use-the-index-luke.com/no-offset';
export const BROTLI =
	'Harry Roberts, "Real-World Effectiveness of Brotli" (CSS Wizardry, 2020: Shakespeare 5.3 MB → gzip-6 1.9 MB, Brotli-6 1.7 MB) — https://csswizardry.com/2020/04/real-world-effectiveness-of-brotli/';
export const POSTGRES_CONNECTIONS =
	'PostgreSQL documentation, "Connections and Authentication": max_connections, typically 100 by default — https://www.postgresql.org/docs/current/runtime-config-connection.html';
export const CHAPTER = 'Top 7 Ways to 10x Your API Performance (reported examples) — https://www.youtube.com/watch?v=zvWKqUiovAM';
