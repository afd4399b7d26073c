import { Controller } from '@nestjs/common';
import { type BodyOf, type QueryOf, routes } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import { NotificationsService } from './notifications.service';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Endpoint(routes.listNotifications)
  list(@CurrentUser() user: SessionUser, @Input('query') query: QueryOf<typeof routes.listNotifications>) {
    return this.notifications.page(user, query);
  }

  @Endpoint(routes.markNotificationsRead)
  markRead(@CurrentUser() user: SessionUser, @Input('body') body: BodyOf<typeof routes.markNotificationsRead>) {
    return this.notifications.markRead(user, body.all ? 'all' : (body.ids as string[]));
  }

  @Endpoint(routes.getNotificationPreferences)
  preferences(@CurrentUser() user: SessionUser) {
    return this.notifications.preferences(user.id);
  }

  @Endpoint(routes.updateNotificationPreferences)
  updatePreferences(
    @CurrentUser() user: SessionUser,
    @Input('body') body: BodyOf<typeof routes.updateNotificationPreferences>,
  ) {
    return this.notifications.updatePreferences(user.id, body);
  }
}
