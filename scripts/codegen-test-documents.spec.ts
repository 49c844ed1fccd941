import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema, Kind, print, validate, type OperationDefinitionNode } from 'graphql';
import { testDocuments } from './codegen-test-documents.js';

const schema = buildSchema(readFileSync(new URL('../schema.gql', import.meta.url), 'utf8'));

describe('test documents for codegen', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'codegen-docs-'));
    mkdirSync(path.join(root, 'test', 'support'), { recursive: true });
    writeFileSync(path.join(root, 'test', 'support', 'fields.ts'), "export const CARD_FIELDS = 'id number status';\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function documentsOf(source: string) {
    writeFileSync(path.join(root, 'test', 'sample.e2e-spec.ts'), source);
    return testDocuments('test/sample.e2e-spec.ts', root);
  }

  it('finds string and template documents, fills in string constants and names every operation', () => {
    const document = documentsOf(`
      import { CARD_FIELDS } from './support/fields.js';
      const ME = '{ me { id email } }';
      await graphql(app, 'mutation($id: ID!) { reportCardLost(cardId: $id) { id } }', { id });
      await graphql(app, \`query Cards { myCitizenCards { \${CARD_FIELDS} } }\`);
      const kind = 'query';
      const json = '{venue_operator}';
    `)!;
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.map((operation) => operation.name?.value)).toEqual([
      'test_sample_e2e_spec_Anonymous_1',
      'test_sample_e2e_spec_Anonymous_2',
      'test_sample_e2e_spec_Cards_3',
    ]);
    expect(print(operations[2])).toContain('myCitizenCards {\n    id\n    number\n    status\n  }');
    expect(validate(schema, document)).toEqual([]);
  });

  it('lets schema validation catch a field that does not exist', () => {
    const document = documentsOf(`await graphql(app, '{ myCitizenCards { id nickname } }');`)!;
    expect(validate(schema, document).map((error) => error.message)).toEqual(['Cannot query field "nickname" on type "CitizenCard".']);
  });

  it('skips documents built at run time and those marked as invalid on purpose', () => {
    const document = documentsOf(`
      const change = (field: string) => \`mutation { \${field}(input: {}) { id } }\`;
      // codegen-skip-next-document
      const deep = '{ me { a { b } } }';
    `);
    expect(document).toBeUndefined();
  });

  it('refuses a string that looks like a document but does not parse', () => {
    expect(() => documentsOf(`const broken = 'query { me { id }';`)).toThrow(/test\/sample\.e2e-spec\.ts:1: not a GraphQL document/);
  });
});
