import type { PushTarget } from './provider.js';

/** One device's push registration. A device has at most one; a target belongs to at most one device. */
export interface PushRegistration {
  userId: string;
  deviceId: string;
  /** Already checked by validateTarget(). */
  target: PushTarget;
  /** ms since epoch. */
  registeredAt: number;
}

/**
 * Where device push targets are kept. The protocol layer registers and unregisters (logout); the
 * push decision reads devicesOf(); the dispatcher deletes targets the services call unregistered.
 */
export interface PushTokenStore {
  /**
   * Stores the device's target, replacing its previous one. The same target registered by another
   * device or user before (a phone that changed hands, a re-installed app) is removed from there,
   * so a push can never reach the previous owner.
   */
  register(registration: PushRegistration): Promise<void>;
  /** Removes the device's registration (logout). True when there was one. */
  unregister(userId: string, deviceId: string): Promise<boolean>;
  devicesOf(userId: string): Promise<PushRegistration[]>;
  /**
   * Deletes the registration only if it still holds `target` and, when `since` is given (APNs
   * says since when the token is invalid), was registered before then: a device that registered
   * again in the meantime keeps its registration. True when something was deleted.
   */
  deleteIfCurrent(userId: string, deviceId: string, target: PushTarget, since?: number): Promise<boolean>;
  close(): Promise<void>;
}
