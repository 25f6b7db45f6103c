import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as D}from"./chunk-DLOZ3JVP.js";import"./chunk-LYWSDL2T.js";import{f as S,h as o,k as b,l as C}from"./chunk-FWWGF75L.js";import{a as k,b as v,e as p,f as $,g as x,h as y,i as j,j as M,k as h}from"./chunk-24W6V6LB.js";import"./chunk-FT2Q2HQ6.js";import"./chunk-2QIMHSSU.js";import{a as I}from"./chunk-VV7SWNJ6.js";import"./chunk-PSNZ7OCV.js";import"./chunk-JUMO3ZVL.js";import"./chunk-SPT3YF4D.js";import"./chunk-BPPVCNJP.js";import"./chunk-32RSUWRU.js";import"./chunk-FAT7PBHO.js";import{m as F}from"./chunk-YYJQN4NF.js";import"./chunk-DFWRIMFT.js";import"./chunk-JYXILQ74.js";import"./chunk-HGVMEBNE.js";import"./chunk-77BWWTFO.js";import"./chunk-KXYCV2QK.js";import"./chunk-IYSGLNPY.js";import"./chunk-CILYXRAW.js";import"./chunk-VJE343NI.js";import"./chunk-XT5MEPYF.js";import{a}from"./chunk-XXM4VQB4.js";import{existsSync as Y,mkdirSync as _,rmSync as z}from"node:fs";import{basename as H,join as w,resolve as J}from"node:path";import{existsSync as P,readdirSync as A,readFileSync as K}from"node:fs";import{dirname as R,join as g,relative as U,sep as V}from"node:path";import{fileURLToPath as B}from"node:url";function G(){let t=R(B(import.meta.url));for(let e=0;e<5;e++){let n=g(t,"data","buskerud-2024");if(P(g(n,"agreement.yaml")))return n;t=R(t)}return null}a(G,"exampleFolder");function T(t){return A(t,{withFileTypes:!0}).flatMap(e=>e.isDirectory()?T(g(t,e.name)):[g(t,e.name)])}a(T,"walk");function L(){let t=G();return t?new Map(T(t).map(e=>{let n=U(t,e).split(V).join("/"),r=n.split("/").length,l=K(e,"utf8").replace(/\$schema=(\.\.\/)+schemas\//,`$schema=${"../".repeat(r)}schemas/`).replace(/^supersedes: .*\n/m,"");return[n,l]})):null}a(L,"exampleFiles");var W={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},O=a(t=>`# yaml-language-server: $schema=../schemas/${t}.schema.json
`,"schema"),d=a((t,e,n="")=>v(t,e).split(`
`).map(r=>`${n}# ${r}
`).join(""),"comment");function E(t){let e=t.language,n=W[e],r=t.parties.map(i=>`  - id: ${o(i.id)}
    name: ${o(i.name)}
`).join(""),l=`${O("agreement")}${d("init.comment.agreement",e)}schemaVersion: 1
id: ${o(t.id)}
title: ${o(t.title)}
language: ${t.language}
parties:
${r}validity:
  from: ${t.from}
${d("init.comment.validity",e,"  ")}  until: null
${d("init.comment.governance",e)}governance:
  bodies:
    top:
      name: ${o(n.top)}
      meets: yearly
      host: rotate
    middle:
      name: ${o(n.middle)}
      meets: tertial
      host: secretariat
      adopts: true
    committee:
      name: ${o(n.committee)}
      meets: null
      host: secretariat
  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
`,c=t.parties.flatMap(i=>[`  - id: kontakt-${i.id}
    party: ${o(i.id)}
    role: ${o(n.contact)}
`,`  - id: sekretariat-${i.id}
    party: ${o(i.id)}
    role: ${o(n.secretariat)}
`]).join(""),s=t.parties.map(i=>`sekretariat-${i.id}`).join(", "),u=`${O("people")}${d("init.comment.people",e)}schemaVersion: 1
people:
${c}${d("init.comment.contacts",e)}contacts:
${t.parties.map(i=>`  ${o(i.id)}: kontakt-${i.id}
`).join("")}${d("init.comment.secretariat",e)}secretariat: [${s}]
${d("init.comment.committee",e)}committee:
  members: [${s}]
`;return new Map([["agreement.yaml",l],["people.yaml",u]])}a(E,"initFiles");var N=new RegExp(F);function Q(t){return t.map(e=>{let n=e.indexOf("="),r=e.slice(0,n),l=e.slice(n+1).trim();if(n<1||!N.test(r)||l==="")throw new p({id:"init.bad-party",params:{value:e}});return{id:r,name:l}})}a(Q,"parties");function we(t,e){let n=J(t),r=e.language??y(e.lang,[]),l=y(e.lang,[r]),c=M(l),s;if(e.example)s=L();else{let m=e.id??H(n);if(!N.test(m))throw new p({id:"init.bad-id",params:{id:m}});if(!e.title)throw new p({id:"init.needs",params:{what:"--title"}});let f=Q(e.party);if(f.length<2)throw new p({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});s=E({id:m,title:e.title,language:r,from:e.from===void 0?$(void 0):x(e.from,"--from"),parties:f})}if(!s)throw new p({id:"init.no-example"});for(let m of s.keys())if(Y(w(n,m)))throw new p({id:"init.exists",params:{path:w(t,m)}});let u=C(n,process.cwd(),s),i=I({agreements:[u],known:[]},$(void 0)).filter(m=>m.severity==="error");if(i.length>0){let m={findings:i,agreements:1,render:a(f=>k(f.message,l),"render"),t:c};process.stdout.write(D.text(m,j(e))),process.exitCode=1;return}X(n,t,s);for(let m of s.keys())process.stderr.write(`${c("cli.wrote",{path:w(t,m)})}
`);process.stderr.write(`${c("init.next",{dir:t})}
`)}a(we,"runInit");function X(t,e,n){let r=h(e,()=>_(t,{recursive:!0})),l=[...n].map(([c,s])=>b(c,s,null));try{h(e,()=>S(t,l,null))}catch(c){throw r&&z(r,{recursive:!0,force:!0}),c}}a(X,"writeAll");export{we as runInit};
