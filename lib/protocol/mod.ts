export * from './codec.js';
export * from './codes.js';
export * from './validate.js';
