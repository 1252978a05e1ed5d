// A minimal real SMTP server (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on
// 127.0.0.1 and a free port, for tests that must see what `masseflyt` actually sends. It
// accepts every message and keeps it; no TLS and no AUTH. No npm dependency.
import net from 'node:net';

/**
 * @returns {Promise<{port: number, url: string, messages: object[],
 *   waitForMessage: (predicate?: (m: object) => boolean, timeoutMs?: number) => Promise<object>,
 *   close: () => Promise<void>}>}
 *   Each message: {from, to: string[], raw, headers: Map<lower-case name, value>, subject, text}.
 */
export async function startSmtpSink() {
  const messages = [];
  const watchers = new Set();
  const sockets = new Set();

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setEncoding('latin1'); // bytes in, bytes kept: the message is decoded per its headers
    let buffer = '';
    let inData = false;
    let data = [];
    let envelope = { from: null, to: [] };
    const reply = (line) => socket.write(`${line}\r\n`);
    reply('220 smtp-sink.test ESMTP klar');

    const command = (line) => {
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') {
        socket.write('250-smtp-sink.test\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n');
      } else if (verb === 'HELO') reply('250 smtp-sink.test');
      else if (verb === 'MAIL') {
        const match = /^MAIL FROM:\s*<([^>]*)>/i.exec(line);
        if (!match) return reply('501 syntaksfeil');
        envelope = { from: match[1], to: [] };
        reply('250 OK');
      } else if (verb === 'RCPT') {
        const match = /^RCPT TO:\s*<([^>]*)>/i.exec(line);
        if (!match || envelope.from === null) return reply('503 feil rekkefølge');
        envelope.to.push(match[1]);
        reply('250 OK');
      } else if (verb === 'DATA') {
        if (envelope.to.length === 0) return reply('503 ingen mottaker');
        inData = true;
        data = [];
        reply('354 slutt med <CRLF>.<CRLF>');
      } else if (verb === 'RSET') {
        envelope = { from: null, to: [] };
        reply('250 OK');
      } else if (verb === 'NOOP') reply('250 OK');
      else if (verb === 'QUIT') {
        reply('221 farvel');
        socket.end();
      } else reply('502 ikke støttet');
    };

    const finishMessage = () => {
      const raw = Buffer.from(data.join('\r\n') + '\r\n', 'latin1');
      const message = { ...parseMessage(raw), from: envelope.from, to: envelope.to };
      messages.push(message);
      for (const watcher of watchers) watcher(message);
      envelope = { from: null, to: [] };
      reply('250 OK: lagret');
    };

    socket.on('data', (chunk) => {
      buffer += chunk;
      let index;
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            finishMessage();
          } else data.push(line.startsWith('.') ? line.slice(1) : line); // dot-unstuffing
        } else command(line);
      }
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  const waitForMessage = (predicate = () => true, timeoutMs = 10_000) => {
    const found = messages.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        watchers.delete(watch);
        reject(new Error(`no matching e-mail within ${timeoutMs} ms (${messages.length} received)`));
      }, timeoutMs);
      const watch = (message) => {
        if (!predicate(message)) return;
        clearTimeout(timer);
        watchers.delete(watch);
        resolve(message);
      };
      watchers.add(watch);
    });
  };

  const close = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });

  return { port, url: `smtp://127.0.0.1:${port}`, messages, waitForMessage, close };
}

// RFC 2047 encoded words (B and Q) in a header value, UTF-8 only.
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind, text) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function parseMessage(raw) {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const head = split >= 0 ? text.slice(0, split) : text;
  const bodyRaw = split >= 0 ? text.slice(split + 4) : '';
  const headers = new Map();
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  let body;
  if (encoding === 'base64') body = Buffer.from(bodyRaw.replace(/\s+/g, ''), 'base64');
  else if (encoding === 'quoted-printable') {
    body = Buffer.from(
      bodyRaw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  } else body = Buffer.from(bodyRaw, 'latin1');
  return {
    raw: text,
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: body.toString('utf8'),
  };
}
