import { Module } from '@nestjs/common';
import { UserTokensRepository } from '../users/user-tokens.repository';
import { UsersRepository } from '../users/users.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthThrottle } from './auth-throttle';
import { SessionCache } from './session-cache';
import { SessionPurger } from './session-purger';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { TrustedDevices } from './trusted-device';

@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    SessionCache,
    SessionPurger,
    SessionRepository,
    AuthThrottle,
    TrustedDevices,
    UsersRepository,
    UserTokensRepository,
  ],
  exports: [SessionService, UsersRepository, UserTokensRepository],
})
export class AuthModule {}
