from __future__ import annotations

import typing_extensions


class V1FaceSwapCreateBodyAssetsFaceMappingsItem(typing_extensions.TypedDict):
    """An item of `face_mappings` in `assets` in the request body of `POST /v1/face-swap`."""

    original_face: str
    """The face detected from the image in `target_file_path`. The file name is in the format of `<face_frame>-<face_index>.png`. This value is corresponds to the response in the [face detection API](https://docs.magichour.ai/api-reference/files/get-face-detection-details).

    * The face_frame is the frame number of the face in the target image. For images, the frame number is always 0.
    * The face_index is the index of the face in the target image, starting from 0 going left to right.
    """

    new_face: str
    """The face image that will be used to replace the face in the `original_face`. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """
