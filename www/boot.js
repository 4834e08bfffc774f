// The page's first module: it starts the analyzer (its worker and the WASM)
// while the rest of the page's modules are still loading, so the first
// report waits for neither in turn. app.js imports the same instance.
import { createAnalyzer } from './lib/client.js';

export const analyzer = createAnalyzer({ worker: true });
