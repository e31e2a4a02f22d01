import sharp from 'sharp';

/** What the server makes of an image: its size, a thumbnail, a tiny placeholder, maybe cleaned bytes. */
export interface ImagePreview {
  width: number;
  height: number;
  /** JPEG, at most THUMB_EDGE pixels on its longer side. */
  thumbnail: Uint8Array;
  /** JPEG, at most PLACEHOLDER_EDGE pixels, at most 1 KiB: shown blurred before anything loads. */
  placeholder: Uint8Array;
  /** The image re-encoded without its metadata (EXIF, GPS, XMP, IPTC); null when nothing was to strip or the sender kept it. */
  stripped: Uint8Array | null;
}

export const THUMB_EDGE = 320;
const PLACEHOLDER_EDGE = 16;
const PLACEHOLDER_MAX_BYTES = 1024;
/** Decompression-bomb guard: images with more pixels are not decoded. */
const MAX_PIXELS = 100_000_000;

/**
 * Thumbnail, placeholder and dimensions of an image, oriented as its EXIF says. Unless
 * `keepMetadata`, an image that carries EXIF, XMP or IPTC metadata is re-encoded without it
 * (animated GIFs are kept as they are: they carry no EXIF). Throws when sharp cannot decode it.
 */
export async function previewImage(bytes: Uint8Array, keepMetadata: boolean): Promise<ImagePreview> {
  const input = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' });
  const meta = await input().metadata();
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 0;
  const height = (turned ? meta.width : meta.height) ?? 0;
  const thumbnail = await input().rotate().resize(THUMB_EDGE, THUMB_EDGE, { fit: 'inside', withoutEnlargement: true }).flatten({ background: '#ffffff' }).jpeg({ quality: 72 }).toBuffer();
  let placeholder = await input().rotate().resize(PLACEHOLDER_EDGE, PLACEHOLDER_EDGE, { fit: 'inside' }).flatten({ background: '#ffffff' }).jpeg({ quality: 40 }).toBuffer();
  if (placeholder.byteLength > PLACEHOLDER_MAX_BYTES) placeholder = Buffer.alloc(0);
  const hasMetadata = meta.exif !== undefined || meta.xmp !== undefined || meta.iptc !== undefined;
  let stripped: Uint8Array | null = null;
  if (!keepMetadata && hasMetadata && (meta.format === 'jpeg' || meta.format === 'png' || meta.format === 'webp')) {
    // sharp writes no metadata unless asked; rotate() bakes the EXIF orientation into the pixels.
    const out = input().rotate();
    stripped = await (meta.format === 'jpeg' ? out.jpeg({ quality: 92 }) : meta.format === 'png' ? out.png() : out.webp({ quality: 92 })).toBuffer();
  }
  return { width, height, thumbnail, placeholder, stripped };
}
