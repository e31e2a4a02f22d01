export { type MediaStore, type UploadPlan, type PlannedPart, MediaStoreError, isMediaKey, planParts } from './store.js';
export { FileMediaStore, FILE_MEDIA_PATH, SignedRequestError, type FileMediaStoreOptions, type PartTarget, type DownloadTarget } from './file_store.js';
export { S3MediaStore, type S3MediaStoreOptions } from './s3_store.js';
export { MediaService, DEFAULT_MEDIA_LIMITS, newMediaId, type MediaLimits, type MediaObserver, type UploadRequest, type AttachmentInput } from './service.js';
export { type StoredAttachment, attachmentsMeta, attachmentsOf, attachmentToWire, mediaIdsOf, pushText } from './attachments.js';
export { type MediaRecord, isMediaId } from './records.js';
export { sniff, decideType, kindOf, type MediaKindName } from './sniff.js';
export { previewImage, type ImagePreview } from './preview.js';
