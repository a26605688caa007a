import { provideHttpClient, withFetch } from '@angular/common/http';
import { EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/** GraphQL lives on the portal's own origin; the session is an httpOnly cookie sent with every call. */
export const GRAPHQL_PATH = '/graphql';

/** HttpClient plus an Apollo client talking to the Debrief API; add once, in app.config. */
export function provideDebriefApi(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch()),
    provideApollo(() => ({
      link: inject(HttpLink).create({ uri: GRAPHQL_PATH, withCredentials: true }),
      cache: new InMemoryCache(),
    })),
  ]);
}
