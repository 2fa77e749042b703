// electron-builder configuration, written from its documentation (electron.build). It cannot run on
// our build machines, which cannot download Electron; `npm run dist` packages where it can.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.gov.zx.dutyledger',
  productName: '履职台账',
  copyright: '省政协港澳台侨和外事委员会',
  directories: { output: 'dist', buildResources: 'build' },
  // The benchmark page is for development: a packaged build leaves it out (and refuses to serve it).
  files: [
    'out/**/*',
    '!out/renderer/bench.html',
    '!out/renderer/assets/bench-*',
    '!out/renderer/assets/benchSuite-*',
    'package.json',
    'resources/**/*',
  ],
  asar: true,
  icon: 'resources/icon.png',
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    artifactName: '履职台账-${version}-setup.${ext}',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    language: '2052',
    shortcutName: '履职台账',
  },
  // UOS and Kylin, the government desktops, install .deb packages.
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    category: 'Office',
    executableName: 'duty-ledger',
    synopsis: '履职台账:政协专委会委员履职、捐赠与大事记登记',
    artifactName: 'duty-ledger-${version}-${arch}.${ext}',
  },
  deb: { packageName: 'duty-ledger' },
};
