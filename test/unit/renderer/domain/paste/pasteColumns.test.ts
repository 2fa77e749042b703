import { describe, expect, it } from 'vitest';
import {
  memberPasteFields,
  pasteFieldsOf,
} from '../../../../../renderer/src/domain/paste/pasteFields';
import {
  applySavedMapping,
  fieldOfHeading,
  isHeaderRow,
  mappingToSave,
  proposeMapping,
} from '../../../../../renderer/src/domain/paste/pasteColumns';

const fields = memberPasteFields();

describe('memberPasteFields', () => {
  it('offers the member fields a cell can fill, labelled as the form labels them', () => {
    const labels = fields.map((field) => `${field.key}:${field.label}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        'name:姓名',
        'otherNames:其他写法',
        'category:类别',
        'gender:性别',
        'party:党派',
        'birth:出生年月',
        'expertise:专长领域',
        'workplace:工作单位及职务',
        'phone:联系电话',
        'email:电子邮箱',
        'studioIds:所属工作室',
        'status:状态',
        'note:备注',
      ]),
    );
  });
});

describe('headings', () => {
  it('knows a field by its label or by the names offices give it', () => {
    expect(fieldOfHeading('姓名', fields)).toBe('name');
    expect(fieldOfHeading('手机', fields)).toBe('phone');
    expect(fieldOfHeading('电话', fields)).toBe('phone');
    expect(fieldOfHeading('单位及职务', fields)).toBe('workplace');
    expect(fieldOfHeading('工作单位', fields)).toBe('workplace');
    expect(fieldOfHeading('邮箱', fields)).toBe('email');
    expect(fieldOfHeading('E-mail', fields)).toBe('email');
    expect(fieldOfHeading('姓 名（必填）*', fields)).toBe('name');
    expect(fieldOfHeading('政治面貌', fields)).toBe('party');
    expect(fieldOfHeading('出生日期', fields)).toBe('birth');
    expect(fieldOfHeading('出生年月', fields)).toBe('birth');
    expect(fieldOfHeading('专长', fields)).toBe('expertise');
    expect(fieldOfHeading('文化程度', fields)).toBe('education');
    expect(fieldOfHeading('序号', fields)).toBeNull();
    expect(fieldOfHeading('陈大文', fields)).toBeUndefined();
  });

  it('takes the first row for headings only when most of its cells name a field', () => {
    expect(isHeaderRow(['序号', '姓名', '手机', '单位及职务', '邮箱'], fields)).toBe(true);
    expect(isHeaderRow(['姓名', '籍贯', '爱好'], fields)).toBe(false);
    expect(isHeaderRow(['1', '陈大文', '13800000001', '港区委员', '在任'], fields)).toBe(false);
  });

  it('knows English headings, so that a sheet headed Name, Phone is not taken for a member named Name', () => {
    expect(isHeaderRow(['Name', 'Phone', 'Foo'], fields)).toBe(true);
    expect(fieldOfHeading('Full Name', fields)).toBe('name');
    expect(fieldOfHeading('Mobile', fields)).toBe('phone');
    expect(fieldOfHeading('Company', fields)).toBe('workplace');
    expect(fieldOfHeading('Foo', fields)).toBeUndefined();
    const donationFields = pasteFieldsOf('donation');
    expect(fieldOfHeading('Amount (HKD)', donationFields)).toBe('amount');
    expect(fieldOfHeading('Donor', donationFields)).toBe('donors');
  });
});

describe('proposeMapping', () => {
  it('maps columns by their headings, leaving 序号 and unknown headings out', () => {
    const rows = [
      ['序号', '姓名', '手机', '单位及职务', '籍贯', '邮箱', '备注'],
      ['1', '陈大文', '13800000001', '某公司董事长', '广东', 'chan@example.com', ''],
    ];
    expect(proposeMapping(rows, true, fields)).toEqual([
      null,
      'name',
      'phone',
      'workplace',
      null,
      'email',
      'note',
    ]);
  });

  it('maps a field once when two headings name it', () => {
    const rows = [
      ['姓名', '手机', '电话'],
      ['陈大文', '13800000001', '0731-1234567'],
    ];
    expect(proposeMapping(rows, true, fields)).toEqual(['name', 'phone', null]);
  });

  it('guesses the fields of rows without headings from what the cells hold', () => {
    const rows = [
      ['1', '陈大文', '13800000001', '港区委员', 'chan@example.com', '某公司董事长', '在任'],
      ['2', '李四', '+852 9123 4567', '澳區委員', 'li@example.com', '某大学教授', '离任'],
    ];
    expect(proposeMapping(rows, false, fields)).toEqual([
      null,
      'name',
      'phone',
      'category',
      'email',
      null,
      'status',
    ]);
  });
});

describe('applySavedMapping', () => {
  const activityFields = pasteFieldsOf('activity');
  const heading = ['序号', '活动名称', '日期', '参会人员名单'];

  it('puts the choices saved for the same headings over the proposal, each field once', () => {
    const proposed = proposeMapping([heading], true, activityFields);
    expect(proposed).toEqual([null, 'title', 'startDate', null]);
    const saved = mappingToSave(
      ['summary', 'title', null, 'participants'],
      ['序号', '活动名称', '日期（起）', '参会人员名单'],
    );
    // 日期（起） is saved as 日期: notes in brackets are not part of a heading.
    expect(saved).toEqual({
      序号: 'summary',
      活动名称: 'title',
      日期: null,
      参会人员名单: 'participants',
    });
    expect(
      applySavedMapping(
        proposed,
        heading,
        { 参会人员名单: 'participants', 日期: null },
        activityFields,
      ),
    ).toEqual([null, 'title', null, 'participants']);
    // A saved field moves off the column that was proposed for it.
    expect(applySavedMapping(proposed, heading, { 序号: 'title' }, activityFields)).toEqual([
      'title',
      null,
      'startDate',
      null,
    ]);
  });

  it('ignores a saved field that no longer exists', () => {
    expect(applySavedMapping([null], ['备注一'], { 备注一: 'gone' }, activityFields)).toEqual([
      null,
    ]);
  });
});
