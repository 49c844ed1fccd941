import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceKind } from '../evidence-kind.js';
import type { EvidenceDocument } from '../entities/evidence-document.entity.js';

@ObjectType('EvidenceDocument')
export class EvidenceDocumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Field()
  fileName: string;

  @Field({ description: 'Detected from the content: application/pdf, image/jpeg or image/png.' })
  mediaType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field()
  uploadedAt: Date;

  @Field({ description: 'GET with the access token as Bearer to download the file.' })
  downloadPath: string;

  static from(row: EvidenceDocument): EvidenceDocumentModel {
    return Object.assign(new EvidenceDocumentModel(), {
      id: row.id,
      kind: row.kind,
      fileName: row.fileName,
      mediaType: row.mediaType,
      sizeBytes: row.sizeBytes,
      uploadedAt: row.createdAt,
      downloadPath: `/api/residency/applications/${row.applicationId}/evidence/${row.id}`,
    });
  }
}
