# KG_SANITIZE=ON instruments every target (ours and generated) with ASan and UBSan; UBSan findings
# abort so that a test run cannot pass over them.
if(KG_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
