import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideDebriefApi } from '@debrief/portal/core';
import { appRoutes } from './app.routes';
import { PageTitleStrategy } from './page-title.strategy';

// Angular Material 21 animates with plain CSS: no animations provider is needed, and it already
// turns motion off for users who ask for reduced motion.
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    provideDebriefApi(),
  ],
};
