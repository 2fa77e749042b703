import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimAntdStyles, UNUSED_ANTD_COMPONENTS } from '../../../build/trimAntdStyles';

describe('trimAntdStyles', () => {
  it('leaves out the rules of unused components only, group by group', () => {
    const css =
      '@layer antd;' +
      '.ant-tree{color:red}' +
      '.ant-tree-node,.ant-tree-select{margin:0}' +
      '.ant-tag{color:blue}' +
      '.ant-tabs-nav,.ant-tag-close{padding:0}' +
      '.ant-treeish{x:1}' +
      '@media (max-width: 575px){.ant-tree{a:b}}' +
      '@media print{.ant-tree{a:b}.ant-btn{c:d}}' +
      '@keyframes antTreeIn{0%{opacity:0}100%{opacity:1}}' +
      '.ant-btn[title="{,}"],.ant-tree{e:f}' +
      ':where(.ant-tree){g:h}' +
      '.css-var-_r_0_.ant-tree-css-var{--ant-tree-x:1}' +
      '.css-var-_r_0_.ant-tag-css-var{--ant-tag-x:1}' +
      '.css-var-_R_0_.ant-tag-css-var{--ant-tag-x:2}' +
      '.css-var-_R_0_.ant-list,.css-var-_R_0_.ant-list-container{--ant-list-x:1}';
    expect(trimAntdStyles(css, ['tree', 'tabs'])).toBe(
      '@layer antd;' +
        '.ant-tag{color:blue}' +
        '.ant-tabs-nav,.ant-tag-close{padding:0}' +
        '.ant-treeish{x:1}' +
        '@media print{.ant-btn{c:d}}' +
        '@keyframes antTreeIn{0%{opacity:0}100%{opacity:1}}' +
        '.ant-btn[title="{,}"],.ant-tree{e:f}' +
        ':where(.ant-tree){g:h}' +
        '.css-var-_r_0_.ant-tag-css-var{--ant-tag-x:1}',
    );
  });

  it('keeps every used component of the real stylesheet and drops two fifths of it', () => {
    const css = readFileSync(require.resolve('antd/dist/antd.css'), 'utf8');
    const trimmed = trimAntdStyles(css, UNUSED_ANTD_COMPONENTS);
    // Selectors that start with the component's class (after a block or a comma).
    const rules = (sheet: string, cls: string) =>
      (sheet.match(new RegExp(`[{},]\\.ant-${cls}(?![a-z])`, 'g')) ?? []).length;
    for (const used of [
      'btn',
      'table',
      'select',
      'picker',
      'form',
      'modal',
      'dropdown',
      'col-12',
    ]) {
      expect(rules(trimmed, used), used).toBe(rules(css, used));
    }
    for (const unused of ['tree', 'steps', 'upload', 'tabs', 'menu', 'col-md']) {
      expect(rules(css, unused), unused).toBeGreaterThan(0);
      expect(rules(trimmed, unused), unused).toBe(0);
    }
    // The variables under the server-rendered theme class, which no page of ours ever has.
    expect(css).toMatch(/\.css-var-_R_0_\.ant-btn\{/);
    expect(trimmed).not.toMatch(/\.css-var-_R_/);
    expect(trimmed.length).toBeLessThan(css.length * 0.6);
    // Still one stylesheet: as many blocks opened as closed.
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
  });
});
