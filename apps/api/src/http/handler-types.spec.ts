import { Reflector } from '@nestjs/core';
import { routes, type ParamsOf, type QueryOf, type RequestPart } from '@srt/contracts';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { Endpoint, Input, ROUTE_CONTRACT } from './endpoint.decorator';

const SOURCE_ROOT = path.join(__dirname, '..');
const HELPER_OF_PART: Record<RequestPart, string> = { params: 'ParamsOf', query: 'QueryOf', body: 'BodyOf' };

/**
 * Handlers that drift from their routes. The `@ts-expect-error` lines are the test: `npm run
 * typecheck` fails if one of them compiles, i.e. if a mismatch stopped being a type error.
 */
class DriftingController {
  // @ts-expect-error the health route answers uptimeSeconds too
  @Endpoint(routes.health)
  health() {
    return { status: 'ok' as const };
  }

  @Endpoint(routes.deleteLink)
  unlink(
    @Input('params') params: ParamsOf<typeof routes.deleteLink>,
    @Input('query') query: QueryOf<typeof routes.deleteLink>,
  ) {
    // @ts-expect-error the link's other end is `target`: a handler still reading a renamed field does not compile
    const other: string = query.targetReference;
    // @ts-expect-error the item reference is a string, not a number
    const reference: number = params.ref;
    return { other, reference };
  }
}

interface HandlerInput {
  where: string;
  route: string | undefined;
  part: string;
  type: string | undefined;
}

function decoratorCall(node: ts.HasDecorators, name: string): ts.CallExpression | undefined {
  return ts
    .getDecorators(node)
    ?.map((decorator) => decorator.expression)
    .find(
      (expression): expression is ts.CallExpression =>
        ts.isCallExpression(expression) &&
        ts.isIdentifier(expression.expression) &&
        expression.expression.text === name,
    );
}

/** Every `@Input` parameter of every controller, with the route its handler registers for. */
function handlerInputs(): HandlerInput[] {
  const files = fs
    .readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.controller.ts'));
  return files.flatMap((file) => {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(path.join(SOURCE_ROOT, file), 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    );
    const inputs: HandlerInput[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isMethodDeclaration(node)) {
        const routeArgument = decoratorCall(node, 'Endpoint')?.arguments[0];
        const route =
          routeArgument && ts.isPropertyAccessExpression(routeArgument) ? routeArgument.name.text : undefined;
        for (const parameter of node.parameters) {
          const partArgument = decoratorCall(parameter, 'Input')?.arguments[0];
          if (!partArgument) continue;
          inputs.push({
            where: `${file} ${node.name.getText(source)}(${parameter.name.getText(source)})`,
            route,
            part: ts.isStringLiteral(partArgument) ? partArgument.text : partArgument.getText(source),
            type: parameter.type?.getText(source),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return inputs;
  });
}

describe('handler types', () => {
  it('registers a handler for the route it is typed against', () => {
    expect(new Reflector().get(ROUTE_CONTRACT, DriftingController.prototype.unlink)).toBe(routes.deleteLink);
  });

  it('types every handler input from its own route', () => {
    const inputs = handlerInputs();
    expect(inputs.length).toBeGreaterThan(0);
    const offenders = inputs
      .filter(({ route, part, type }) => type !== `${HELPER_OF_PART[part as RequestPart]}<typeof routes.${route}>`)
      .map(({ where, type }) => `${where}: ${type}`);
    expect(offenders).toEqual([]);
  });
});
