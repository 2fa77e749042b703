import type { RecordKind } from '../../../domain/records';
import type { BundleErrorCode } from '../../../domain/transfer/bundleError';
import type { ExportSelection } from '../../../domain/transfer/exportSelection';
import type { BundleManifest, RowsByKind } from '../../../domain/transfer/bundleFormat';
import type { BundleRules } from '../../../domain/transfer/bundleRules';
import type { PointsRules } from '../../../domain/points';
import type { BundleProgress } from '../../../domain/transfer/writeBundle';

/** What to export; the worker reads the rows from the database itself. */
export interface ExportJobOptions {
  appVersion: string;
  /** 经办人 */
  operator: string;
  /** What was selected, in words, for the manifest. */
  selection: string;
  /** Which rows go in; defaults to all. */
  filter?: ExportSelection;
  /** Defaults to every kind. */
  kinds?: RecordKind[];
  passphrase?: string;
  /** Ask the page for the bytes of every attachment the rows name. */
  withAttachments: boolean;
  /** 设置's points rules (the host's, which the worker cannot read); null for the defaults. */
  pointsRules: PointsRules | null;
}

/** Messages from the page to the bundle worker. */
export type BundleWorkerRequest =
  | { type: 'export'; jobId: number; options: ExportJobOptions }
  | { type: 'verify'; jobId: number; bytes: Uint8Array; passphrase?: string }
  /** Checks the bundle like `verify`, then hands back its rows and attachments. */
  | { type: 'read'; jobId: number; bytes: Uint8Array; passphrase?: string }
  | { type: 'cancel'; jobId: number }
  /** The page's sink has taken chunk `seq`: the worker may send the next. */
  | { type: 'chunk-taken'; jobId: number; seq: number }
  /** The bytes of an attachment the worker asked for, or null when this machine lacks them. */
  | { type: 'attachment'; jobId: number; sha256: string; bytes: Uint8Array | null };

/** Messages from the bundle worker to the page. */
export type BundleWorkerResponse =
  | { type: 'progress'; jobId: number; progress: BundleProgress }
  | { type: 'chunk'; jobId: number; seq: number; bytes: Uint8Array }
  | { type: 'need-attachment'; jobId: number; sha256: string }
  | { type: 'exported'; jobId: number; manifest: BundleManifest }
  | { type: 'verified'; jobId: number; manifest: BundleManifest; encrypted: boolean }
  | {
      type: 'read';
      jobId: number;
      manifest: BundleManifest;
      encrypted: boolean;
      rows: RowsByKind;
      rules: BundleRules | null;
      attachments: { sha256: string; bytes: Uint8Array }[];
    }
  | { type: 'failed'; jobId: number; code: BundleErrorCode; message: string };
