# Embeds files (migrations, templates, catalogues, web assets) into the binary, so that one
# executable carries everything it serves and applies. Each file becomes a read-only byte
# range through the assembler's .incbin; the generated source names every file with a hash
# of its content, so that a compiler cache sees when a file changes.
#
# tremplin_embed_resources(TARGET <library> ENTRIES <name>=<path> ...)
function(tremplin_embed_resources)
    cmake_parse_arguments(ARG "" "TARGET" "ENTRIES" ${ARGN})
    set(generated ${CMAKE_CURRENT_BINARY_DIR}/embedded_resources.cpp)
    set(paths "")
    foreach(entry IN LISTS ARG_ENTRIES)
        string(REGEX REPLACE "^[^=]*=" "" path "${entry}")
        list(APPEND paths ${path})
    endforeach()
    string(REPLACE ";" "|" encoded_entries "${ARG_ENTRIES}")
    add_custom_command(
        OUTPUT ${generated}
        COMMAND ${CMAKE_COMMAND} -DOUTPUT=${generated} "-DENTRIES=${encoded_entries}"
                -P ${PROJECT_SOURCE_DIR}/cmake/write_embedded_resources.cmake
        DEPENDS ${paths} ${PROJECT_SOURCE_DIR}/cmake/write_embedded_resources.cmake
        COMMENT "Embedding ${CMAKE_CURRENT_LIST_DIR} resources"
        VERBATIM)
    target_sources(${ARG_TARGET} PRIVATE ${generated})
endfunction()
