import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
var e=["julaften","romjul","nyttarsaften","fellesferie","paskeuka"];export{e as a};
