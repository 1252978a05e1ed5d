// A minimal HTTP/1.1 client over node:net for what fetch hides: trickled bytes, malformed
// requests, several requests on one socket, and exactly when the server closes the connection.
import net from 'node:net';

/** Opens a connection; resolves once connected. */
export function connect(port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/**
 * Collects everything the server sends until it closes the connection.
 * Resolves {data: Buffer, error: Error|undefined, closedAfterMs}.
 */
export function readUntilClose(socket, timeoutMs = 10_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const chunks = [];
    let error;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`server kept the connection open for ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (e) => {
      error = e;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ data: Buffer.concat(chunks), error, closedAfterMs: Date.now() - started });
    });
  });
}

/** Parses one response at the start of `buffer`; returns null while it is incomplete. */
export function parseResponse(buffer) {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const head = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const [, status] = head[0].split(' ');
  const headers = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  const bodyStart = end + 4;
  if (buffer.length < bodyStart + length) return null;
  return {
    status: Number(status),
    headers,
    body: buffer.subarray(bodyStart, bodyStart + length).toString('utf8'),
    rest: buffer.subarray(bodyStart + length),
  };
}

/** Reads exactly one response (Content-Length framed) from a socket that stays open. */
export function readResponse(socket, timeoutMs = 10_000) {
  return new Promise((resolve, reject) => {
    let buffer = Buffer.alloc(0);
    const cleanup = () => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
    };
    const onData = (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const response = parseResponse(buffer);
      if (response) {
        cleanup();
        resolve(response);
      }
    };
    const onClose = () => {
      cleanup();
      reject(new Error(`connection closed before a whole response: ${buffer.toString('latin1')}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no whole response within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', onData);
    socket.on('close', onClose);
  });
}

/** Writes and resolves once the bytes are handed to the kernel. */
export function write(socket, data) {
  return new Promise((resolve, reject) => {
    socket.write(data, (error) => (error ? reject(error) : resolve()));
  });
}
