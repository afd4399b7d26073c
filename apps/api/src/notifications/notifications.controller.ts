import { Controller } from '@nestjs/common';
import { routes, type TNotificationPreferences } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import { NotificationsService } from './notifications.service';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Endpoint(routes.listNotifications)
  list(@CurrentUser() user: SessionUser, @Input('query') query: { unread?: boolean; cursor?: string; limit: number }) {
    return this.notifications.page(user, query);
  }

  @Endpoint(routes.markNotificationsRead)
  markRead(@CurrentUser() user: SessionUser, @Input('body') body: { ids?: string[]; all?: true }) {
    return this.notifications.markRead(user, body.all ? 'all' : (body.ids as string[]));
  }

  @Endpoint(routes.getNotificationPreferences)
  preferences(@CurrentUser() user: SessionUser) {
    return this.notifications.preferences(user.id);
  }

  @Endpoint(routes.updateNotificationPreferences)
  updatePreferences(@CurrentUser() user: SessionUser, @Input('body') body: Partial<TNotificationPreferences>) {
    return this.notifications.updatePreferences(user.id, body);
  }
}
