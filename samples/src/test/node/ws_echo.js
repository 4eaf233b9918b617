// An echo server of the npm `ws` package for WebSocketInteropTest: listens on 127.0.0.1 at the port
// given as its argument, prints "LISTENING <port>", and sends every message back as it came (text as
// text, binary as binary). It exits when its standard input closes, so it cannot outlive the test.
'use strict';
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2]);
const server = new WebSocketServer({ host: '127.0.0.1', port, maxPayload: 4 * 1024 * 1024 });
server.on('listening', () => console.log('LISTENING ' + port));
server.on('error', (error) => {
  console.log('ERROR ' + error.message);
  process.exit(1);
});
server.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
  socket.on('error', (error) => console.log('SOCKET ERROR ' + error.message));
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
