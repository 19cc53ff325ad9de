// npm run serve: out/ on http://localhost:3000 (or PORT), with the headers a real host would send.
import path from 'node:path';
import { readHeaderConfig, startStaticServer } from './static-server';

const root = path.join(process.cwd(), 'out');
const server = await startStaticServer(root, {
  port: Number(process.env.PORT ?? 3000),
  headers: readHeaderConfig(path.join(process.cwd(), '.headers.generated.json')),
});
console.log(`Serving out/ on ${server.url}`);
