import type uWSTypes from 'uWebSockets.js';
import type { WriteStream } from 'node:fs';
import { createReadStream } from 'node:fs';
import { FILE_MEDIA_PATH, type FileMediaStore, type MediaService, SignedRequestError } from '../media/mod.js';

/** Counts what the embedded store's HTTP endpoints moved (for metrics). */
/** What a gateway takes for media: the frames' service and, with the embedded store, its files to serve. */
export interface MediaDeps {
  service: MediaService;
  files: FileMediaStore | null;
  observe?: MediaHttpObserver;
}

export interface MediaHttpObserver {
  uploaded(bytes: number): void;
  downloaded(bytes: number): void;
}

/**
 * Serves the embedded media store's signed URLs on the Chorus HTTP server: PUT of one upload part
 * (streamed into place, with backpressure: the request is paused while the file lags behind) and
 * GET of an object (streamed out with uWS's tryEnd/onWritable). Everything a request may touch
 * comes from its signed, expiring query; a bad one is refused before a byte is read.
 */
export function mountFileMedia(app: uWSTypes.TemplatedApp, store: FileMediaStore, observe?: MediaHttpObserver): void {
  app.put(`${FILE_MEDIA_PATH}/put`, (res, req) => {
    const query = new URLSearchParams(req.getQuery() ?? '');
    const declared = req.getHeader('content-length');
    let target;
    try {
      target = store.acceptPart(query);
    } catch (err) {
      refuse(res, err);
      return;
    }
    if (declared !== '' && Number(declared) !== target.size) {
      res.writeStatus('400 Bad Request').end(`this part is ${target.size} bytes`, true);
      return;
    }
    receivePart(res, store, target, observe);
  });
  app.get(`${FILE_MEDIA_PATH}/get`, (res, req) => {
    const query = new URLSearchParams(req.getQuery() ?? '');
    const range = req.getHeader('range');
    let target;
    try {
      target = store.acceptDownload(query);
    } catch (err) {
      refuse(res, err);
      return;
    }
    // One byte range (video players seek with them); anything else gets the whole file. uWS wants
    // the status before any header.
    const r = byteRange(range, target.size);
    if (r === 'unsatisfiable') {
      res.writeStatus('416 Range Not Satisfiable').writeHeader('content-range', `bytes */${target.size}`).end();
      return;
    }
    if (r !== null) res.writeStatus('206 Partial Content').writeHeader('content-range', `bytes ${r.start}-${r.end}/${target.size}`);
    const disposition = target.fileName === '' ? 'inline' : `inline; filename*=UTF-8''${encodeURIComponent(target.fileName)}`;
    res.writeHeader('content-type', target.contentType).writeHeader('content-disposition', disposition);
    res.writeHeader('x-content-type-options', 'nosniff').writeHeader('cache-control', 'private, max-age=300');
    res.writeHeader('access-control-allow-origin', '*').writeHeader('accept-ranges', 'bytes');
    sendFile(res, target.file, r ?? { start: 0, end: target.size - 1 }, observe);
  });
  app.options(`${FILE_MEDIA_PATH}/*`, (res) => {
    res.writeHeader('access-control-allow-origin', '*').writeHeader('access-control-allow-methods', 'GET, PUT').writeHeader('access-control-allow-headers', 'content-type, range').end();
  });
}

function refuse(res: uWSTypes.HttpResponse, err: unknown): void {
  const status = err instanceof SignedRequestError ? err.status : 500;
  const text = { 400: '400 Bad Request', 403: '403 Forbidden', 404: '404 Not Found', 410: '410 Gone', 500: '500 Internal Server Error' }[status];
  res.writeStatus(text).writeHeader('access-control-allow-origin', '*').end(err instanceof Error ? err.message : 'refused', true);
}

type Part = ReturnType<FileMediaStore['acceptPart']>;

function receivePart(res: uWSTypes.HttpResponse, store: FileMediaStore, target: Part, observe?: MediaHttpObserver): void {
  let aborted = false;
  let received = 0;
  let file: WriteStream | null = null;
  const pending: Buffer[] = [];
  let ended = false;
  const answer = (status: string, body: string): void => {
    if (!aborted) res.cork(() => res.writeStatus(status).writeHeader('access-control-allow-origin', '*').end(body, true));
    aborted = true;
  };
  const finish = (): void => {
    file!.end(() => {
      if (aborted) return;
      if (received !== target.size) return answer('400 Bad Request', `expected ${target.size} bytes, got ${received}`);
      store.partDone(target).then(
        () => {
          observe?.uploaded(received);
          if (!aborted) res.cork(() => res.writeHeader('etag', `"${target.offset}-${target.size}"`).writeHeader('access-control-allow-origin', '*').writeHeader('access-control-expose-headers', 'etag').end());
        },
        () => answer('500 Internal Server Error', 'could not record the part'),
      );
    });
  };
  let paused = false;
  const pause = (): void => {
    if (!paused) res.pause();
    paused = true;
  };
  const resume = (): void => {
    if (paused && !aborted) res.resume();
    paused = false;
  };
  res.onAborted(() => {
    aborted = true;
    file?.destroy();
  });
  res.onData((chunk, last) => {
    if (aborted) return;
    received += chunk.byteLength;
    if (received > target.size) {
      file?.destroy();
      return answer('413 Payload Too Large', `this part is ${target.size} bytes`);
    }
    const copy = Buffer.from(chunk.slice(0));
    // Paused until the file catches up; never after the last chunk (nothing more to hold back).
    if (file === null) {
      pending.push(copy);
      if (!last) pause();
    } else if (!file.write(copy) && !last) pause();
    if (last) {
      ended = true;
      if (file !== null) finish();
    }
  });
  store.openPart(target).then(
    (stream) => {
      if (aborted) return stream.destroy();
      file = stream;
      stream.on('drain', resume);
      stream.on('error', () => answer('500 Internal Server Error', 'write failed'));
      for (const b of pending.splice(0)) stream.write(b);
      resume();
      if (ended) finish();
    },
    () => answer('410 Gone', 'this upload is gone'),
  );
}

/** `Range: bytes=a-b`, `bytes=a-` or `bytes=-n` of a file of `size` bytes; null: the whole file. */
function byteRange(header: string, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (m === null || (m[1] === '' && m[2] === '') || size === 0) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/** Streams [start, end] of a file with backpressure: pauses the read stream while uWS holds unsent bytes. */
function sendFile(res: uWSTypes.HttpResponse, path: string, span: { start: number; end: number }, observe?: MediaHttpObserver): void {
  const size = span.end - span.start + 1;
  const stream = createReadStream(path, { highWaterMark: 256 * 1024, start: span.start, end: Math.max(span.start, span.end) });
  let aborted = false;
  res.onAborted(() => {
    aborted = true;
    stream.destroy();
  });
  if (size === 0) {
    res.end();
    stream.destroy();
    return;
  }
  stream.on('error', () => {
    if (!aborted) res.close();
    aborted = true;
  });
  stream.on('data', (data) => {
    if (aborted) return;
    const chunk = data as Buffer;
    const buffer = chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength) as ArrayBuffer;
    const start = res.getWriteOffset();
    let ok = false;
    let done = false;
    res.cork(() => {
      [ok, done] = res.tryEnd(buffer, size);
    });
    if (done) {
      observe?.downloaded(size);
      stream.destroy();
    } else if (!ok) {
      stream.pause();
      res.onWritable((offset) => {
        const [ok2, done2] = res.tryEnd(buffer.slice(offset - start), size);
        if (done2) {
          observe?.downloaded(size);
          stream.destroy();
        } else if (ok2) stream.resume();
        return ok2;
      });
    }
  });
}
