const fs=require('fs');
function rss(){return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status','utf8'))[1])/1024}
const mods=process.argv.slice(2);
global.gc(); let r0=rss(), h0=process.memoryUsage().heapUsed/1048576;
for (const m of mods){ const t=Date.now(); require(m); global.gc(); const r=rss(), h=process.memoryUsage().heapUsed/1048576; console.log(m.padEnd(34), 'rss+', (r-r0).toFixed(1).padStart(6), 'heap+', (h-h0).toFixed(1).padStart(6), (Date.now()-t)+'ms'); r0=r; h0=h;}
console.log('total rss', rss().toFixed(1));
