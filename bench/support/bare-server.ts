// The baseline: a bare Node HTTP server that parses the same GraphQL request body and answers a fixed `me`.
import { createServer } from 'node:http';

const answer = JSON.stringify({
  data: { me: { id: '00000000-0000-0000-0000-000000000000', email: 'bench@example.org', preferredLanguage: 'de' } },
});

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    JSON.parse(body);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(answer);
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
