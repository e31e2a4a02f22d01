export * from './codec.js';
export * from './codes.js';
export * from './validate.js';
export * from './frame_kind.js';
export * from './e2ee.js';
