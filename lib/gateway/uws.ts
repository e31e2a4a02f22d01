import { createRequire } from 'node:module';
import uWS from 'uWebSockets.js';

/** Raised at startup when uWebSockets.js is not its native build. */
export class NativeUwsMissingError extends Error {
  override readonly name = 'NativeUwsMissingError';
  readonly code = 'UWS_NOT_NATIVE';
}

/**
 * The package falls back to a slow pure-JS server when its native binary does not load. We would
 * rather not start: load the binary for this platform ourselves and insist it is the module in use.
 */
export function nativeUws(): typeof uWS {
  const require = createRequire(import.meta.url);
  const file = `uWebSockets.js/binaries/uws_${process.platform}_${process.arch}_${process.versions.modules}.node`;
  let native: unknown;
  try {
    native = require(file);
  } catch (err) {
    throw new NativeUwsMissingError(`the native uWebSockets.js build for this platform does not load (${file})`, { cause: err });
  }
  if (native !== uWS) {
    throw new NativeUwsMissingError('uWebSockets.js is running its JavaScript fallback (UWS_USE_FALLBACK set?); refusing to start');
  }
  return uWS;
}

/** uWS's listen options: 0 sets SO_REUSEPORT on a given port, 1 (LIBUS_LISTEN_EXCLUSIVE_PORT) does not. */
const LISTEN_SHARED = 0;
const LISTEN_EXCLUSIVE = 1;

/**
 * Listens on host:port, sharing the port with the machine's other gateway processes or holding it
 * alone. The native binding takes (host, port, options, cb); its typings list only (port, options, cb).
 */
export function listenOn(app: uWS.TemplatedApp, host: string, port: number, shared: boolean, cb: (socket: uWS.us_listen_socket | false) => void): void {
  const listen = app.listen as unknown as (host: string, port: number, options: number, cb: (socket: uWS.us_listen_socket | false) => void) => void;
  listen.call(app, host, port, shared ? LISTEN_SHARED : LISTEN_EXCLUSIVE, cb);
}
