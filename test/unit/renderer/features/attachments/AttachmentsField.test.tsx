import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createHash } from 'node:crypto';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attachment } from '../../../../../renderer/src/domain/records/attachment';
import { AttachmentsField } from '../../../../../renderer/src/features/attachments/AttachmentsField';

const MB = 1024 * 1024;

/** A host with a store in memory: what `attachments:*` would answer. */
function fakeHost() {
  const stored = new Map<string, Uint8Array>();
  const put = vi.fn(
    async (args: {
      from: string;
      name: string;
      mimeType: string;
      sha256: string;
      data: Uint8Array;
    }) => {
      const created = !stored.has(args.sha256);
      stored.set(args.sha256, args.data);
      return {
        sha256: args.sha256,
        name: args.name,
        mimeType: args.mimeType,
        size: args.data.byteLength,
        created,
      };
    },
  );
  const get = vi.fn(async ({ sha256 }: { sha256: string }) =>
    stored.has(sha256)
      ? {
          status: 'present',
          sha256,
          size: stored.get(sha256)?.byteLength,
          url: `/attachments/${sha256}`,
        }
      : { status: 'missing', sha256 },
  );
  const open = vi.fn(async ({ sha256 }: { sha256: string }) => ({
    status: stored.has(sha256) ? 'opened' : 'missing',
  }));
  Object.defineProperty(window, 'dutyLedger', {
    configurable: true,
    value: {
      attachments: { put, get, open, gc: vi.fn() },
      files: { open: vi.fn(async () => null) },
    },
  });
  return { stored, put, get, open };
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The field in a form-like owner that keeps its value, as antd's Form.Item does. */
function Owner({
  initial = [],
  onValue,
}: {
  initial?: Attachment[];
  onValue?: (v: Attachment[]) => void;
}) {
  const [value, setValue] = useState<Attachment[]>(initial);
  return (
    <AttachmentsField
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue?.(next);
      }}
    />
  );
}

function drop(files: File[]) {
  const target = screen.getByTestId('attachments-drop');
  const dataTransfer = {
    files,
    items: files.map((file) => ({
      kind: 'file',
      getAsFile: () => file,
      webkitGetAsEntry: () => null,
    })),
  };
  fireEvent.drop(target, { dataTransfer });
}

let host: ReturnType<typeof fakeHost>;
beforeEach(() => {
  host = fakeHost();
});
afterEach(cleanup);

describe('AttachmentsField', () => {
  it('is one group named 附件', () => {
    render(<Owner />);
    expect(screen.getByRole('group', { name: '附件' })).toBeTruthy();
  });

  it('keeps dropped files by their SHA-256 and lists them with a thumbnail', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const values: Attachment[][] = [];
    render(<Owner onValue={(v) => values.push(v)} />);
    await act(async () => drop([new File([bytes], '郴州.jpg', { type: 'image/jpeg' })]));

    await waitFor(() => expect(values.at(-1)).toHaveLength(1));
    expect(values.at(-1)).toEqual([
      { sha256: sha(bytes), name: '郴州.jpg', mimeType: 'image/jpeg', size: 6 },
    ]);
    expect(host.put.mock.calls[0]?.[0]).toMatchObject({ from: 'bytes', sha256: sha(bytes) });
    const item = (await screen.findByText('郴州.jpg')).closest('li') as HTMLElement;
    await waitFor(() =>
      expect(item.querySelector('img')?.getAttribute('src')).toBe(`/attachments/${sha(bytes)}`),
    );
  });

  it('refuses a file over 50 MB with the message, without reading or sending it', async () => {
    const big = new File([new Uint8Array(1)], '航拍.tif', { type: 'image/tiff' });
    Object.defineProperty(big, 'size', { value: 51 * MB });
    const arrayBuffer = vi.spyOn(big, 'arrayBuffer');
    const values: Attachment[][] = [];
    render(<Owner onValue={(v) => values.push(v)} />);
    await act(async () => drop([big]));

    expect(
      await screen.findByText('附件“航拍.tif”有 51.0 MB，超过 50 MB 的上限，未添加'),
    ).toBeTruthy();
    expect(host.put).not.toHaveBeenCalled();
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(values).toEqual([]);
  });

  it('adds the same content once, and says so', async () => {
    const bytes = new Uint8Array([9, 9, 9]);
    const values: Attachment[][] = [];
    render(<Owner onValue={(v) => values.push(v)} />);
    await act(async () => drop([new File([bytes], '一.jpg'), new File([bytes], '二.jpg')]));
    expect(await screen.findByText('“二.jpg”与已有附件内容相同，未重复添加')).toBeTruthy();
    expect(values.at(-1)?.map((a) => a.name)).toEqual(['一.jpg']);
  });

  it('shows a file gone from disk as 文件缺失, with 打开 turned off, and still lets it be removed', async () => {
    const gone: Attachment = {
      sha256: 'b'.repeat(64),
      name: '合影.jpg',
      mimeType: 'image/jpeg',
      size: 1000,
    };
    const values: Attachment[][] = [];
    render(<Owner initial={[gone]} onValue={(v) => values.push(v)} />);
    const item = (await screen.findByText('合影.jpg')).closest('li') as HTMLElement;
    await within(item).findByText('文件缺失');
    expect(item.querySelector('img')).toBeNull();
    expect(
      within(item).getByRole('button', { name: '打开 合影.jpg' }).hasAttribute('disabled'),
    ).toBe(true);
    fireEvent.click(within(item).getByRole('button', { name: '移除 合影.jpg' }));
    expect(values.at(-1)).toEqual([]);
  });

  it('opens a kept file in the system viewer', async () => {
    const bytes = new Uint8Array([4, 5, 6]);
    host.stored.set(sha(bytes), bytes);
    const kept: Attachment = {
      sha256: sha(bytes),
      name: '报告.pdf',
      mimeType: 'application/pdf',
      size: 3,
    };
    render(<Owner initial={[kept]} />);
    const open = await screen.findByRole('button', { name: '打开 报告.pdf' });
    await waitFor(() => expect(open.hasAttribute('disabled')).toBe(false));
    fireEvent.click(open);
    await waitFor(() =>
      expect(host.open).toHaveBeenCalledWith({ sha256: sha(bytes), name: '报告.pdf' }),
    );
  });
});
