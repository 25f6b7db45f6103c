import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a as s}from"./chunk-XXM4VQB4.js";function o(n,e){let r=1,t=0;for(let i=n.indexOf(`
`);i!==-1&&i<e;i=n.indexOf(`
`,i+1))r++,t=i+1;return{line:r,column:e-t+1}}s(o,"positionOfOffset");function u(n,e,r,t){let{line:i,column:l}=o(n.text??"",r);return{rule:e,severity:"error",file:n.display,line:i,column:l,message:t}}s(u,"findingAt");function m(n,e){return n==="."||n===""?e:`${n}/${e}`}s(m,"joinDisplay");export{o as a,u as b,m as c};
