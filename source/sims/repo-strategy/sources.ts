/** Where the simulation's rules come from (title — URL). */
export const POTVIN =
	'Rachel Potvin and Josh Levenberg, "Why Google Stores Billions of Lines of Code in a Single Repository", Communications of the ACM 59(7), 2016 — https://cacm.acm.org/research/why-google-stores-billions-of-lines-of-code-in-a-single-repository/';
export const SWE_BOOK =
	'Winters, Manshreck and Wright, Software Engineering at Google (2020), ch. 16: the One-Version Rule — https://abseil.io/resources/swe-book/html/ch16.html';
