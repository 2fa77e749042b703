import type { AttachmentGcResult } from '../../../../electron/contract/attachments';
import { bridge } from '../../bridge/bridge';
import { referencedAttachmentHashes } from '../../db/attachmentReferences';

/**
 * Has the host remove the attachment files nothing in the database refers to any more. The host
 * keeps files younger than a day whatever the list says, so a form being filled loses nothing.
 */
export async function collectUnusedAttachments(): Promise<AttachmentGcResult> {
  return bridge().attachments.gc({ keep: await referencedAttachmentHashes() });
}
