import { z } from 'zod';

// Kibana's CSP forbids eval: zod 4 would probe `new Function("")` (caught, but reported as a CSP violation)
// before JIT-compiling object parsers. Jitless mode never probes. Imported first by public/index.ts.
z.config({ jitless: true });
