package annonces.photos;

/** UPLOADING: the row exists, the bytes are being stored. LIVE: shown. DELETED: its bytes are to be removed. */
enum PhotoStatus {
    UPLOADING, LIVE, DELETED
}
