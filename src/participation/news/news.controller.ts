import '@fastify/multipart';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Feed } from 'feed';
import { Authenticated, CurrentActor, Public } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { RequestContext } from '../../common/context/request-context.js';
import { AccountNotifications } from '../../notifications/index.js';
import { AUTHORITATIVE_LANGUAGE } from '../../../packages/shared/src/languages.js';
import { COMMUNICATION_ROLES } from '../participation-roles.js';
import { NewsException } from './news.exception.js';
import { NEWS_IMAGE_MAX_BYTES } from './news-image.js';
import { newsText, StaffNewsArticleModel } from './news.models.js';
import { renderNewsMarkdown } from './news-markdown.js';
import { NewsService } from './news.service.js';

/** The Atom feed of public news (per language through `?lng=`), and article images. */
@Controller('api/participation/news')
export class NewsController {
  constructor(
    private readonly news: NewsService,
    private readonly requestContext: RequestContext,
    private readonly notifications: AccountNotifications,
  ) {}

  @Get('feed.atom')
  @Public()
  async atom(@Query('lng') _lng: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const language = this.requestContext.language ?? AUTHORITATIVE_LANGUAGE;
    const base = this.notifications.publicUrl;
    const { items } = await this.news.publicFeed({ first: 50 });
    const feed = new Feed({
      id: `${base}/news`,
      title: 'Bochum e-Residency',
      link: `${base}/news`,
      language,
      updated: items[0]?.publishedAt ?? new Date(0),
      generator: false,
      feedLinks: { atom: `${base}/api/participation/news/feed.atom?lng=${encodeURIComponent(language)}` },
      copyright: 'Stadt Bochum',
    });
    for (const article of items) {
      feed.addItem({
        title: newsText(article, 'title', language).text,
        id: `urn:uuid:${article.id}`,
        link: `${base}/news/${article.id}`,
        date: article.publishedAt!,
        published: article.publishedAt!,
        description: newsText(article, 'teaser', language).text,
        content: renderNewsMarkdown(newsText(article, 'body', language).text),
      });
    }
    void reply.header('content-type', 'application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300');
    return feed.atom1();
  }

  @Post(':id/image')
  @HttpCode(201)
  @Authenticated(...COMMUNICATION_ROLES)
  async upload(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: FastifyRequest): Promise<StaffNewsArticleModel> {
    if (!request.isMultipart()) throw NewsException.imageMissing();
    let content: Buffer | undefined;
    try {
      for await (const part of request.parts({ limits: { fileSize: NEWS_IMAGE_MAX_BYTES, files: 1, fields: 2, parts: 3 } })) {
        if (part.type === 'file') content = await part.toBuffer();
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw NewsException.imageTooLarge(NEWS_IMAGE_MAX_BYTES);
      throw NewsException.imageMissing();
    }
    if (!content || content.length === 0) throw NewsException.imageMissing();
    return StaffNewsArticleModel.from(await this.news.setImage(actor, id, content));
  }

  /** The image of a published article (readers' pages load it as `<img>`, without a token). */
  @Get(':id/image')
  @Public()
  async image(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const image = await this.news.publishedImage(id);
    void reply
      .header('content-type', image.mediaType)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=3600')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return image.content;
  }
}
