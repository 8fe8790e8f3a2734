// Three projects: unit (node), weapp (jsdom + miniprogram-simulate on the built dist/weapp), browser (headless Chromium on dist/h5).
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, resolveJsonModule: true, jsx: 'react-jsx', isolatedModules: true } }]
const moduleNameMapper = { '^@core/(.*)$': '<rootDir>/src/core/$1', '^@/(.*)$': '<rootDir>/src/$1' }
const common = { rootDir: __dirname, transform: { '^.+\\.tsx?$': tsJest }, moduleNameMapper, testPathIgnorePatterns: ['/node_modules/', '/dist/'] }

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'], testPathIgnorePatterns: [...common.testPathIgnorePatterns, '<rootDir>/tests/weapp/', '<rootDir>/tests/browser/'] },
    { ...common, displayName: 'weapp', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'] },
    { ...common, displayName: 'browser', testEnvironment: 'node', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'] },
  ],
}
