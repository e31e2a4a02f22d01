// Managing the open group: rename, add and remove members, change roles, leave. Each change is
// logged by the server as a MEMBERS or RENAME entry, which is what updates the page.
import type { ChorusClient } from '../lib/client/mod.js';
import { type Doing, humanError, PageError } from './errors.js';
import type { ConvState } from './state.js';

/** What these actions need from the session. */
export interface GroupActionsHost {
  readonly client: Pick<ChorusClient, 'updateGroup' | 'leave'>;
  current(): ConvState | undefined;
  changed(): void;
}

/** How long "Leave for good?" waits for the second click. */
const CONFIRM_MS = 4_000;

export class GroupActions {
  /** Whether the manage panel is open. */
  open = false;
  /** The last refusal, shown in the panel. */
  error = '';
  /** Leave was clicked once: the next click leaves. */
  confirmingLeave = false;
  private leaveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: GroupActionsHost) {}

  toggle(): void {
    this.open = !this.open;
    this.error = '';
    this.host.changed();
  }

  close(): void {
    this.open = false;
    this.error = '';
    this.endConfirm();
  }

  rename(title: string): Promise<void> {
    return this.update({ title });
  }

  addMembers(users: string[]): Promise<void> {
    return this.update({ add: users });
  }

  removeMember(user: string): Promise<void> {
    return this.update({ remove: [user] });
  }

  setRole(user: string, role: 'admin' | 'member'): Promise<void> {
    return this.update({ roles: [`${user}=${role}`] });
  }

  /** Leaving takes two clicks: the first one asks for confirmation. */
  async leave(): Promise<void> {
    if (!this.confirmingLeave) {
      this.confirmingLeave = true;
      this.leaveTimer = setTimeout(() => {
        this.endConfirm();
        this.host.changed();
      }, CONFIRM_MS);
      return;
    }
    this.endConfirm();
    await this.host.client.leave(this.group());
    this.close();
    this.host.changed();
  }

  /** Runs an action from a panel button, showing a refusal in the panel. */
  run(doing: Doing, action: (g: GroupActions) => Promise<void>): void {
    this.error = '';
    this.host.changed();
    action(this).catch((err: unknown) => {
      this.error = humanError(err, doing);
      this.host.changed();
    });
  }

  private endConfirm(): void {
    if (this.leaveTimer !== null) clearTimeout(this.leaveTimer);
    this.leaveTimer = null;
    this.confirmingLeave = false;
  }

  private async update(change: Parameters<ChorusClient['updateGroup']>[1]): Promise<void> {
    await this.host.client.updateGroup(this.group(), change);
  }

  private group(): string {
    const v = this.host.current();
    if (v === undefined || !v.isGroup) throw new PageError('Open a group first.');
    if (v.left) throw new PageError('You are no longer a member of this group.');
    return v.info.id;
  }
}
