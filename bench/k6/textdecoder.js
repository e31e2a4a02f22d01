// k6's JavaScript runtime has no TextDecoder, which protobufjs uses to read strings. This is a small
// UTF-8 decoder, installed only where the runtime lacks one. `fatal` throws on malformed input;
// otherwise malformed sequences become U+FFFD.
export class Utf8Decoder {
  constructor(label = 'utf-8', options = {}) {
    if (!/^utf-?8$/i.test(label)) throw new RangeError(`unsupported encoding ${label}`);
    this.fatal = options.fatal === true;
    this.encoding = 'utf-8';
  }

  decode(input) {
    const b = input === undefined ? new Uint8Array(0) : input instanceof Uint8Array ? input : new Uint8Array(input.buffer || input);
    const out = [];
    let chunk = '';
    for (let i = 0; i < b.length; ) {
      const c = b[i];
      let cp = -1;
      let n = 0;
      if (c < 0x80) {
        cp = c;
        n = 1;
      } else if (c >= 0xc2 && c < 0xe0 && i + 1 < b.length && (b[i + 1] & 0xc0) === 0x80) {
        cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
        n = 2;
      } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b.length && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80) {
        cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
        n = 3;
        if (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000)) cp = -1;
      } else if (c >= 0xf0 && c < 0xf5 && i + 3 < b.length && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80 && (b[i + 3] & 0xc0) === 0x80) {
        cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
        n = 4;
        if (cp < 0x10000 || cp > 0x10ffff) cp = -1;
      }
      if (cp === -1) {
        if (this.fatal) throw new TypeError('invalid UTF-8');
        cp = 0xfffd;
        n = 1;
      }
      chunk += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCharCode(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      if (chunk.length >= 4096) {
        out.push(chunk);
        chunk = '';
      }
      i += n;
    }
    out.push(chunk);
    return out.join('');
  }
}

if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = Utf8Decoder;
