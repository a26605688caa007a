import { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Permission } from '@debrief/shared/domain';
import { PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

export type OperationAccess = { kind: 'public' } | { kind: 'permission'; permission: Permission } | { kind: 'none' };

export interface OperationPolicy {
  parent: 'Query' | 'Mutation';
  field: string;
  access: OperationAccess;
}

/** Every query and mutation handler of a running app with the access it declares (for tests and audits). */
export function collectOperationPolicies(app: INestApplication): OperationPolicy[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const policies: OperationPolicy[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[method] as (...args: unknown[]) => unknown;
      const parent = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
      if (parent !== 'Query' && parent !== 'Mutation') continue;
      const field = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
      policies.push({ parent, field, access: accessOf(reflector, handler, wrapper.metatype as object) });
    }
  }
  return policies;
}

function accessOf(reflector: Reflector, handler: (...args: unknown[]) => unknown, target: object): OperationAccess {
  const targets = [handler, target as (...args: unknown[]) => unknown];
  if (reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return { kind: 'public' };
  const permission = reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
  return permission ? { kind: 'permission', permission } : { kind: 'none' };
}
